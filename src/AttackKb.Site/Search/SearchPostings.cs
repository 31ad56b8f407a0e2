namespace AttackKb.Site.Search;

/// <summary>
/// The inverted index: token → (document, value) pairs in document order. The value is the token's BM25F weight in
/// that document (field boosts and length normalisation; search.js multiplies it by the token's idf) × 8, plus field
/// bits: 1 in the name, 2 part of an ID (T1553 in T1553.004), 4 the whole ID. Tokens in more than a quarter of a large
/// index (the, and, of) are stop tokens: their shard lists them without postings, and search.js ignores them in a
/// query instead of failing it.
/// </summary>
public sealed class SearchPostings
{
    public const int NameBit = 1, IdPartBit = 2, WholeIdBit = 4;
    private const double K1 = 1.2, B = 0.75;
    private const double IdBoost = 12, NameBoost = 6, HeadingBoost = 2.5, TextBoost = 1;
    private const int StopMinimum = 300;

    private readonly SearchVocabulary _vocabulary = new();
    private readonly List<List<int>> _lists = [];   // token number → its postings
    private readonly int _documents;

    private SearchPostings(int documents) => _documents = documents;

    public IReadOnlyList<int> Of(string token) => _lists[_vocabulary.NumberOf(token)];

    public bool IsStopToken(string token) => IsStop(_vocabulary.NumberOf(token));

    private bool IsStop(int term) =>
        !_vocabulary[term].StartsWith(FilterMark, StringComparison.Ordinal)
        && _lists[term].Count / 2 is int df && df >= StopMinimum && df * 4 > _documents;

    /// <summary>Filter tokens start with it; the tokenizer never makes a token that does.</summary>
    public const string FilterMark = "~";

    /// <summary>Stop tokens in ordinal order (the manifest lists them, so a query skips them without a
    /// shard).</summary>
    public IEnumerable<string> StopTokens() => Tokens(stop: true);

    /// <summary>
    /// The other tokens in ordinal order, cut into runs of about <paramref name="bytes"/> of postings: tokens sharing
    /// a prefix are neighbours, so a type-ahead prefix loads one or two shards; the manifest keeps each run's first
    /// token and search.js finds a token's shard by binary search.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Shards(int bytes) =>
        Pages.Pager.Split(Tokens(stop: false), token => token.Length + 6 + 4 * Of(token).Count, bytes)
            .Where(shard => shard.Count > 0)
            .ToArray();

    private string[] Tokens(bool stop)
    {
        var tokens = new List<string>();
        for (int term = 0; term < _vocabulary.Count; term++)
            if (IsStop(term) == stop) tokens.Add(_vocabulary[term]);
        var sorted = tokens.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    public static SearchPostings Build(IReadOnlyList<SearchDocument> docs)
    {
        var index = new SearchPostings(docs.Count);
        var counter = new SearchTermCounter(index._vocabulary);
        var fields = new SearchTerms[docs.Count];
        for (int n = 0; n < docs.Count; n++) fields[n] = counter.Count(docs[n]);
        double avgName = Math.Max(1, fields.Average(f => f.NameLength));
        double avgHeadings = Math.Max(1, fields.Average(f => f.HeadingsLength));
        double avgText = Math.Max(1, fields.Average(f => f.TextLength));
        for (int n = 0; n < docs.Count; n++)
        {
            var f = fields[n];
            double name = 1 - B + B * f.NameLength / avgName;
            double headings = 1 - B + B * f.HeadingsLength / avgHeadings;
            double text = 1 - B + B * f.TextLength / avgText;
            // In any order: each token's list only ever grows by this document.
            foreach (var tf in f.Terms)
            {
                double weighted = IdBoost * tf.Id + NameBoost * tf.Name / name + HeadingBoost * tf.Headings / headings
                    + TextBoost * tf.Text / text;
                int weight = (int)Math.Round(100 * weighted * (K1 + 1) / (weighted + K1));
                int bits = (tf.Name > 0 ? NameBit : 0) | (tf.Id > 0 ? IdPartBit : 0) | (tf.WholeId ? WholeIdBit : 0);
                index.Add(tf.Term, n, weight * 8 + bits);
            }
            foreach (string t in docs[n].Tactics) index.Add(FilterMark + "t:" + SearchText.Fold(t), n);
            foreach (string p in docs[n].Platforms) index.Add(FilterMark + "p:" + SearchText.Fold(p), n);
        }
        return index;
    }

    /// <summary>A filter token: in the document, with no weight.</summary>
    private void Add(string filter, int doc) => Add(_vocabulary.Number(filter), doc, 0);

    private void Add(int term, int doc, int value)
    {
        while (_lists.Count <= term) _lists.Add([]);
        var list = _lists[term];
        if (list.Count > 0 && list[^2] == doc) return;
        list.Add(doc);
        list.Add(value);
    }
}
