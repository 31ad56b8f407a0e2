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

    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly int _documents;

    private SearchPostings(int documents) => _documents = documents;

    public IReadOnlyList<int> Of(string token) => _postings[token];

    public bool IsStopToken(string token) =>
        !token.StartsWith(FilterMark, StringComparison.Ordinal)
        && _postings[token].Count / 2 is int df && df >= StopMinimum && df * 4 > _documents;

    /// <summary>Filter tokens start with it; the tokenizer never makes a token that does.</summary>
    public const string FilterMark = "~";

    /// <summary>Stop tokens in ordinal order (the manifest lists them, so a query skips them without a
    /// shard).</summary>
    public IEnumerable<string> StopTokens() => _postings.Keys.Where(IsStopToken).Order(StringComparer.Ordinal);

    /// <summary>
    /// The other tokens in ordinal order, cut into runs of about <paramref name="bytes"/> of postings: tokens sharing
    /// a prefix are neighbours, so a type-ahead prefix loads one or two shards; the manifest keeps each run's first
    /// token and search.js finds a token's shard by binary search.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Shards(int bytes) =>
        Pages.Pager.Split(
                _postings.Keys.Where(t => !IsStopToken(t)).Order(StringComparer.Ordinal),
                token => token.Length + 6 + 4 * _postings[token].Count,
                bytes)
            .Where(shard => shard.Count > 0)
            .ToArray();

    public static SearchPostings Build(IReadOnlyList<SearchDocument> docs)
    {
        var index = new SearchPostings(docs.Count);
        // Tokenizing is the index's main cost: documents in parallel, results in document order.
        var fields = docs.AsParallel().AsOrdered().Select(FieldsOf).ToArray();
        double avgName = Math.Max(1, fields.Average(f => f.NameLength));
        double avgHeadings = Math.Max(1, fields.Average(f => f.HeadingsLength));
        double avgText = Math.Max(1, fields.Average(f => f.TextLength));
        for (int n = 0; n < docs.Count; n++)
        {
            var f = fields[n];
            double name = 1 - B + B * f.NameLength / avgName;
            double headings = 1 - B + B * f.HeadingsLength / avgHeadings;
            double text = 1 - B + B * f.TextLength / avgText;
            foreach (var (token, tf) in f.Terms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                double weighted = IdBoost * tf.Id + NameBoost * tf.Name / name + HeadingBoost * tf.Headings / headings
                    + TextBoost * tf.Text / text;
                int weight = (int)Math.Round(100 * weighted * (K1 + 1) / (weighted + K1));
                int bits = (tf.Name > 0 ? NameBit : 0) | (tf.Id > 0 ? IdPartBit : 0) | (tf.WholeId ? WholeIdBit : 0);
                index.Add(token, n, weight * 8 + bits);
            }
            foreach (string t in docs[n].Tactics) index.Add(FilterMark + "t:" + SearchText.Fold(t), n, 0);
            foreach (string p in docs[n].Platforms) index.Add(FilterMark + "p:" + SearchText.Fold(p), n, 0);
        }
        return index;
    }

    private void Add(string token, int doc, int value)
    {
        if (!_postings.TryGetValue(token, out var list)) _postings[token] = list = [];
        if (list.Count > 0 && list[^2] == doc) return;
        list.Add(doc);
        list.Add(value);
    }

    private sealed class TermFrequency
    {
        public int Id, Name, Headings, Text;
        public bool WholeId;
    }

    private sealed record Fields(Dictionary<string, TermFrequency> Terms, int NameLength, int HeadingsLength,
        int TextLength);

    private static Fields FieldsOf(SearchDocument doc)
    {
        var terms = new Dictionary<string, TermFrequency>(StringComparer.Ordinal);
        TermFrequency Of(string token) => terms.TryGetValue(token, out var tf) ? tf : terms[token] = new();
        foreach (string id in doc.Ids)
        {
            string whole = SearchText.Fold(id);
            SearchText.Tokens(whole, token =>
            {
                var tf = Of(token);
                tf.Id = 1;
                tf.WholeId |= token == whole;
            });
        }
        int Count(IEnumerable<string> texts, Action<TermFrequency> add)
        {
            int length = 0;
            foreach (string t in texts)
                SearchText.Tokens(SearchText.Fold(t), token => { add(Of(token)); length++; });
            return length;
        }
        int name = Count([doc.Name], tf => tf.Name++);
        int headings = Count(doc.Headings, tf => tf.Headings++);
        int text = Count(doc.Text, tf => tf.Text++);
        return new Fields(terms, name, headings, text);
    }
}
