namespace AttackKb.Site.Search;

/// <summary>
/// Every distinct token of the index, numbered in order of first appearance. Tokens are looked up as slices of the
/// folded text; a token becomes a string only the first time it is met (about 36,000 strings for 160,000 tokens on the
/// all-18.1 site).
/// </summary>
internal sealed class SearchVocabulary
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySlice;
    private readonly List<string> _tokens = [];

    public SearchVocabulary() => _bySlice = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _tokens.Count;

    public string this[int number] => _tokens[number];

    /// <summary>The token's number, given one when it is new.</summary>
    public int Number(ReadOnlySpan<char> token)
    {
        if (_bySlice.TryGetValue(token, out int number)) return number;
        string text = token.ToString();
        _numbers.Add(text, _tokens.Count);
        _tokens.Add(text);
        return _tokens.Count - 1;
    }

    /// <summary>The number of a token the index holds.</summary>
    public int NumberOf(string token) => _numbers[token];
}
