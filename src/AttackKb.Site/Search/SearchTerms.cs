namespace AttackKb.Site.Search;

/// <summary>
/// How often a token (<see cref="Term"/>, its number in the <see cref="SearchVocabulary"/>) occurs in each field of
/// one document; <see cref="WholeId"/>: it is one of the document's IDs.
/// </summary>
internal struct TermFrequency
{
    public int Term;
    public int Id, Name, Headings, Text;
    public bool WholeId;
}

/// <summary>One document's tokens with their frequencies, and each field's length in tokens (for BM25F).</summary>
internal sealed record SearchTerms(TermFrequency[] Terms, int NameLength, int HeadingsLength, int TextLength);

/// <summary>
/// Counts the tokens of one document after another. Which of a document's tokens were seen is kept per token number
/// (stamped with the document), so counting is an array step per token once the vocabulary has its number.
/// </summary>
internal sealed class SearchTermCounter(SearchVocabulary vocabulary)
{
    private enum Field { Name, Headings, Text }

    private readonly List<TermFrequency> _counted = [];
    private int[] _stampOf = [];   // token number → the document that last counted it (its stamp)
    private int[] _slotOf = [];    // token number → its place in _counted while that document is counted
    private int _stamp;

    public SearchTerms Count(SearchDocument doc)
    {
        _stamp++;
        _counted.Clear();
        foreach (string id in doc.Ids)
        {
            string whole = SearchText.Fold(id);
            foreach (var token in SearchText.Tokens(whole))
            {
                ref var tf = ref Frequency(token);
                tf.Id = 1;
                tf.WholeId |= token.SequenceEqual(whole);
            }
        }
        int name = Count(doc.Name, Field.Name);
        int headings = 0, text = 0;
        foreach (string h in doc.Headings) headings += Count(h, Field.Headings);
        foreach (string t in doc.Text) text += Count(t, Field.Text);
        return new SearchTerms(_counted.ToArray(), name, headings, text);
    }

    /// <summary>Counts the tokens of <paramref name="text"/> into <paramref name="field"/>; returns how many.</summary>
    private int Count(string text, Field field)
    {
        int length = 0;
        foreach (var token in SearchText.Tokens(SearchText.Fold(text)))
        {
            ref var tf = ref Frequency(token);
            switch (field)
            {
                case Field.Name: tf.Name++; break;
                case Field.Headings: tf.Headings++; break;
                default: tf.Text++; break;
            }
            length++;
        }
        return length;
    }

    private ref TermFrequency Frequency(ReadOnlySpan<char> token)
    {
        int term = vocabulary.Number(token);
        if (term >= _stampOf.Length)
        {
            Array.Resize(ref _stampOf, Math.Max(1024, 2 * term));
            Array.Resize(ref _slotOf, _stampOf.Length);
        }
        if (_stampOf[term] != _stamp)
        {
            _stampOf[term] = _stamp;
            _slotOf[term] = _counted.Count;
            _counted.Add(new TermFrequency { Term = term });
        }
        return ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_counted)[_slotOf[term]];
    }
}
