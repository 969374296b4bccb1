package org.corridor.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.corridor.exchange.MatchIndex;

/**
 * {@link MatchIndex} on an embedded Lucene index. Each listing's text goes to the field
 * of its language, analysed for that language ({@code text_zh}: smartcn word
 * segmentation; {@code text_en}: English stemming and stop words; {@code text_de}: German
 * normalisation, stemming and stop words); concepts and industries are exact terms, the
 * bridge between languages. Candidates are retrieved by one boolean query (own-language
 * text, the thesaurus labels of the listing's concepts in the other languages, concepts
 * boosted, industries as a small constant), filtered to the wanted kind, valid listings
 * and other organisations; the text score of each candidate is then computed exactly by
 * advancing a scorer of the text query to it.
 */
public final class LuceneMatchIndex implements MatchIndex {

	static final List<String> LANGUAGES = List.of("zh", "en", "de");

	private static final float CONCEPT_BOOST = 2.0f;

	private static final float INDUSTRY_BOOST = 0.3f;

	private final Directory directory;

	private final Analyzer analyzer;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private LuceneMatchIndex(Directory directory) {
		this.directory = directory;
		Map<String, Analyzer> perField = new HashMap<>();
		perField.put("text_zh", new SmartChineseAnalyzer());
		perField.put("text_en", new EnglishAnalyzer());
		perField.put("text_de", new GermanAnalyzer());
		this.analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
		try {
			IndexWriterConfig config = new IndexWriterConfig(this.analyzer);
			config.setRAMBufferSizeMB(128);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the match index in " + directory, ex);
		}
	}

	/** An index kept in a directory on disk, created if missing. */
	public static LuceneMatchIndex on(Path path) {
		try {
			return new LuceneMatchIndex(FSDirectory.open(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the match index in " + path, ex);
		}
	}

	/** An index in memory, gone when closed. */
	public static LuceneMatchIndex inMemory() {
		return new LuceneMatchIndex(new ByteBuffersDirectory());
	}

	@Override
	public void put(Collection<Entry> entries) {
		try {
			for (Entry entry : entries) {
				this.writer.updateDocument(new Term("id", Long.toString(entry.id())), document(entry));
			}
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the match index", ex);
		}
	}

	@Override
	public void remove(long id) {
		try {
			this.writer.deleteDocuments(new Term("id", Long.toString(id)));
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the match index", ex);
		}
	}

	@Override
	public void replaceAll(Iterable<Entry> entries) {
		try {
			this.writer.deleteAll();
			for (Entry entry : entries) {
				this.writer.addDocument(document(entry));
			}
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the match index", ex);
		}
	}

	private static Document document(Entry entry) {
		Document doc = new Document();
		doc.add(new StringField("id", Long.toString(entry.id()), Field.Store.NO));
		doc.add(new NumericDocValuesField("id", entry.id()));
		doc.add(new NumericDocValuesField("version", entry.version()));
		doc.add(new StringField("org", Long.toString(entry.organisationId()), Field.Store.NO));
		doc.add(new NumericDocValuesField("org", entry.organisationId()));
		doc.add(new StringField("kind", entry.kind().code(), Field.Store.NO));
		doc.add(new StringField("factor", entry.factor().code(), Field.Store.NO));
		doc.add(new IntPoint("valid", (int) entry.validUntil().toEpochDay()));
		String language = LANGUAGES.contains(entry.language()) ? entry.language() : "en";
		doc.add(new TextField("text_" + language, entry.text(), Field.Store.NO));
		for (String concept : entry.concepts()) {
			doc.add(new StringField("concept", concept, Field.Store.NO));
			doc.add(new SortedSetDocValuesField("concept", new BytesRef(concept)));
		}
		for (String industry : entry.industries()) {
			doc.add(new StringField("industry", industry, Field.Store.NO));
			doc.add(new SortedSetDocValuesField("industry", new BytesRef(industry)));
		}
		doc.add(new SortedDocValuesField("region", new BytesRef(entry.regionCode())));
		return doc;
	}

	@Override
	public List<Hit> candidates(MatchIndex.Request query) {
		BooleanQuery.Builder should = new BooleanQuery.Builder();
		Query text = textQuery(query, true);
		if (text != null) {
			should.add(text, Occur.SHOULD);
		}
		for (String concept : query.concepts()) {
			should.add(new BoostQuery(new TermQuery(new Term("concept", concept)), CONCEPT_BOOST), Occur.SHOULD);
		}
		for (String industry : query.industries()) {
			should.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("industry", industry))),
					INDUSTRY_BOOST), Occur.SHOULD);
		}
		return search(query, should.build(), text);
	}

	@Override
	public List<Hit> textOnly(MatchIndex.Request query) {
		Query text = textQuery(query, false);
		return (text != null) ? search(query, text, text) : List.of();
	}

	/**
	 * The text part: the listing's own text in its language's field, and with
	 * {@code translated}, the thesaurus labels in the other languages' fields.
	 */
	private Query textQuery(MatchIndex.Request query, boolean translated) {
		QueryBuilder builder = new QueryBuilder(this.analyzer);
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		int clauses = 0;
		String language = LANGUAGES.contains(query.language()) ? query.language() : "en";
		Query own = builder.createBooleanQuery("text_" + language, query.text());
		if (own != null) {
			text.add(own, Occur.SHOULD);
			clauses++;
		}
		if (translated) {
			for (Map.Entry<String, String> words : query.translations().entrySet()) {
				Query other = builder.createBooleanQuery("text_" + words.getKey(), words.getValue());
				if (other != null) {
					text.add(other, Occur.SHOULD);
					clauses++;
				}
			}
		}
		return (clauses > 0) ? text.build() : null;
	}

	private List<Hit> search(MatchIndex.Request query, Query scoring, Query text) {
		BooleanQuery.Builder full = new BooleanQuery.Builder();
		full.add(scoring, Occur.MUST);
		full.add(new TermQuery(new Term("kind", query.wanted().code())), Occur.FILTER);
		full.add(IntPoint.newRangeQuery("valid", (int) query.validOn().toEpochDay(), Integer.MAX_VALUE), Occur.FILTER);
		full.add(new TermQuery(new Term("org", Long.toString(query.excludeOrganisation()))), Occur.MUST_NOT);
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				ScoreDoc[] top = searcher.search(full.build(), query.limit()).scoreDocs;
				double[] textScores = (text != null) ? textScores(searcher, text, top) : new double[top.length];
				List<Hit> hits = new ArrayList<>(top.length);
				List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
				for (int i = 0; i < top.length; i++) {
					hits.add(hit(leaves, top[i].doc, textScores[i]));
				}
				return hits;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot search the match index", ex);
		}
	}

	/** The exact score of the text query for each of the documents (0 where absent). */
	private static double[] textScores(IndexSearcher searcher, Query text, ScoreDoc[] docs) throws IOException {
		double[] scores = new double[docs.length];
		Integer[] order = new Integer[docs.length];
		for (int i = 0; i < docs.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingInt((i) -> docs[i].doc));
		Weight weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE, 1);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int leafIndex = -1;
		Scorer scorer = null;
		LeafReaderContext leaf = null;
		for (int i : order) {
			int doc = docs[i].doc;
			int next = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
			if (next != leafIndex) {
				leafIndex = next;
				leaf = leaves.get(next);
				scorer = weight.scorer(leaf);
			}
			if (scorer == null) {
				continue;
			}
			int local = doc - leaf.docBase;
			DocIdSetIterator iterator = scorer.iterator();
			int at = (iterator.docID() < local) ? iterator.advance(local) : iterator.docID();
			if (at == local) {
				scores[i] = scorer.score();
			}
		}
		return scores;
	}

	private static Hit hit(List<LeafReaderContext> leaves, int doc, double textScore) throws IOException {
		LeafReaderContext context = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
		LeafReader reader = context.reader();
		int local = doc - context.docBase;
		NumericDocValues ids = reader.getNumericDocValues("id");
		NumericDocValues orgs = reader.getNumericDocValues("org");
		ids.advanceExact(local);
		orgs.advanceExact(local);
		SortedDocValues region = reader.getSortedDocValues("region");
		String regionCode = region.advanceExact(local) ? region.lookupOrd(region.ordValue()).utf8ToString() : null;
		return new Hit(ids.longValue(), textScore, new LinkedHashSet<>(strings(reader, "concept", local)),
				strings(reader, "industry", local), regionCode, orgs.longValue());
	}

	private static List<String> strings(LeafReader reader, String field, int doc) throws IOException {
		SortedSetDocValues values = reader.getSortedSetDocValues(field);
		List<String> list = new ArrayList<>();
		if (values != null && values.advanceExact(doc)) {
			for (int i = 0; i < values.docValueCount(); i++) {
				list.add(values.lookupOrd(values.nextOrd()).utf8ToString());
			}
		}
		return list;
	}

	@Override
	public int conceptFrequency(String concept) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().docFreq(new Term("concept", concept));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the match index", ex);
		}
	}

	@Override
	public long size() {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the match index", ex);
		}
	}

	@Override
	public long fingerprint() {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				long sum = 0;
				for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
					LeafReader reader = context.reader();
					NumericDocValues ids = reader.getNumericDocValues("id");
					NumericDocValues versions = reader.getNumericDocValues("version");
					if (ids == null || versions == null) {
						continue;
					}
					var live = reader.getLiveDocs();
					for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
						if (live != null && !live.get(doc)) {
							continue;
						}
						versions.advanceExact(doc);
						sum += ids.longValue() * 65536 + versions.longValue();
					}
				}
				return sum;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the match index", ex);
		}
	}

	@Override
	public void close() {
		try {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot close the match index", ex);
		}
	}

}
