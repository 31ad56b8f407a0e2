using System.Globalization;
using System.Text;
using AttackKb.Core.Text;

namespace AttackKb.Site.Search;

/// <summary>
/// How text becomes search tokens. search.js's <c>tokens</c> is the same function for queries; the relevance cases
/// (tests/AttackKb.Site.Tests/cases/search) run the shipped script against shards made here, so the two cannot drift
/// unnoticed. Folding: canonical decomposition, non-spacing marks dropped, invariant lower case (Doppelgänging →
/// doppelganging). A word is a run of letters and digits; words joined by a single '.', '-' or '_' also make one
/// compound token, so <c>certutil.exe</c>, <c>update-ca-trust</c> and <c>T1553.004</c> are found whole and by parts.
/// </summary>
public static class SearchText
{
    /// <summary>Longer runs are hashes, base64 or hex blobs: nobody types them.</summary>
    public const int MaxToken = 40;

    public static string Fold(string text) =>
        // Nearly all of ATT&CK's text is ASCII, where decomposition changes nothing and there are no marks to drop:
        // lowering it is the whole fold, without a trip through ICU.
        Ascii.IsValid(text)
            ? string.Create(text.Length, text, static (folded, source) => Ascii.ToLower(source, folded, out _))
            : FoldUnicode(text);

    private static string FoldUnicode(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        return folded.ToString();
    }

    /// <summary>
    /// The tokens of already folded text, in order: each word, then its compound when it closes one. Slices of
    /// <paramref name="folded"/>, not strings: the index counts about 160,000 of them on the all-18.1 site and keeps a
    /// string only for each distinct one.
    /// </summary>
    public static SearchTokens Tokens(ReadOnlySpan<char> folded) => new(folded);

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsNumber(c);

    internal static bool IsJoiner(char c) => c is '.' or '-' or '_';

    /// <summary>
    /// Text as the index counts it and a snippet shows it: markdown link destinations (<c>](https://…)</c>, whose
    /// hosts would otherwise be the commonest words) left out. ATT&amp;CK's <c>(Citation: Kaspersky Superfish)</c>
    /// markers stay: the source names are words people search for.
    /// </summary>
    public static string Readable(string text)
    {
        var plain = new StringBuilder(text.Length);
        int from = 0;
        foreach (var link in MarkdownLinkTarget.Find(text))
        {
            int start = link.Index - 1; // the '(' before the destination
            plain.Append(text, from, start - from);
            from = link.Index + link.Url.Length + 1;
        }
        return from == 0 ? text : plain.Append(text, from, text.Length - from).ToString();
    }
}
