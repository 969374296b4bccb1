package org.corridor.ingest.internal;

import java.util.Set;

import org.corridor.ingest.internal.Annotation.Layer;

/**
 * One stage of reading, in the shape of CoreNLP's {@code Annotator}: it declares the
 * layers it reads and the layers it adds, and adds them to the document. A new fact type
 * or cue is a new annotator or a new row of a cue file ({@code ingest/cues/}).
 */
public interface Annotator {

	/** The layers this annotator reads; each must be added by an earlier one. */
	Set<Layer> requires();

	/** The layers this annotator adds. */
	Set<Layer> provides();

	/** Adds this annotator's layers to the document. */
	void annotate(Annotation document);

}
