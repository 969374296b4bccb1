/**
 * Analytics of regional innovation systems as a plain Java library (no Spring): data
 * envelopment analysis (CCR, BCC, SBM, super-efficiency, Malmquist) and
 * cooperation-network measures. The command line, the web layer and a notebook can all
 * call it; every algorithm names its formula, its reference and its cost in its Javadoc.
 */
package org.corridor.analytics;
