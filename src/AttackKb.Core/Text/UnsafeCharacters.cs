using System.Globalization;
using System.Text;

namespace AttackKb.Core.Text;

/// <summary>What makes a character unsafe in an ID, a name or a URL.</summary>
public enum UnsafeKind
{
    /// <summary>C0/C1 control characters (NUL, ESC, DEL, tab, line breaks…): invisible or terminal-active.</summary>
    Control,
    /// <summary>
    /// Bidi embeddings, overrides, isolates (U+202A–U+202E, U+2066–U+2069) and marks: reorder text.
    /// </summary>
    Bidi,
    /// <summary>Zero-width characters (U+200B–U+200D, U+2060, U+FEFF): invisible, yet strings differ.</summary>
    ZeroWidth,
    /// <summary>A Cyrillic, Greek or full-width letter where Latin is expected (Cyrillic Te in T1553).</summary>
    LookAlike,
}

/// <summary>The first unsafe character of a value: its index, its code point and why it is unsafe.</summary>
public readonly record struct UnsafeCharacter(int Index, int CodePoint, UnsafeKind Kind)
{
    public string Escaped => UnsafeCharacters.Format(CodePoint);
}

/// <summary>
/// The one detector and escaper of characters that make text read differently from what it is ("Trojan Source",
/// look-alike IDs). Pure functions: the linter finds them in IDs, names and URLs; every diagnostic message escapes
/// them, so no report (text, GitHub, JSON, SARIF) ever carries a raw bidi override or control character.
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>True for characters that are invisible or reorder text: never shown raw in a message.</summary>
    public static bool IsInvisible(char c) => InvisibleKind(c) is not null;

    /// <summary>The kind of an invisible character, or null for a visible one.</summary>
    public static UnsafeKind? InvisibleKind(char c) => c switch
    {
        < '\u0020' or '\u007F' or (>= '\u0080' and <= '\u009F') => UnsafeKind.Control,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u200E' or '\u200F' or '\u061C' => UnsafeKind.Bidi,
        (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF' => UnsafeKind.ZeroWidth,
        _ => null,
    };

    /// <summary>
    /// The first unsafe character of an ID or URL: any invisible character, or any letter that is not ASCII
    /// (IDs and ATT&amp;CK URLs are ASCII; a Cyrillic or Greek letter there is a look-alike).
    /// </summary>
    public static UnsafeCharacter? FindInIdentifier(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (InvisibleKind(value[i]) is { } kind) return new UnsafeCharacter(i, value[i], kind);
            if (value[i] > '\u007F' && IsLookAlikeScript(value[i]))
                return new UnsafeCharacter(i, value[i], UnsafeKind.LookAlike);
        }
        return null;
    }

    /// <summary>
    /// The first unsafe character of a name: any invisible character, or a Cyrillic/Greek/full-width letter inside
    /// a word that also has ASCII letters or digits ("Digital Сertificates", "Т1553"). Whole words in another script
    /// ("Сертификат") are fine: they are text, not disguised IDs.
    /// </summary>
    public static UnsafeCharacter? FindInName(string value)
    {
        for (int i = 0; i < value.Length; i++)
            if (InvisibleKind(value[i]) is { } kind) return new UnsafeCharacter(i, value[i], kind);
        int start = 0;
        while (start < value.Length)
        {
            int end = start;
            while (end < value.Length && char.IsLetterOrDigit(value[end])) end++;
            if (MixedWord(value, start, end) is { } index)
                return new UnsafeCharacter(index, value[index], UnsafeKind.LookAlike);
            start = end + 1;
        }
        return null;
    }

    /// <summary>The text with each invisible character written as <c>&lt;U+200B&gt;</c>; the rest unchanged.</summary>
    public static string Escape(string text)
    {
        int first = IndexOfInvisible(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (IsInvisible(text[i])) sb.Append(Format(text[i]));
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>The text with invisible characters and every non-ASCII letter of a look-alike script escaped.</summary>
    public static string EscapeIdentifier(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (IsInvisible(c) || c > '\u007F' && IsLookAlikeScript(c)) sb.Append(Format(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary><c>&lt;U+200B&gt;</c>: the notation every message uses for a character it must not print.</summary>
    public static string Format(int codePoint) =>
        string.Create(CultureInfo.InvariantCulture, $"<U+{codePoint:X4}>");

    /// <summary>A plain-words name of the kind, for messages.</summary>
    public static string Describe(UnsafeKind kind) => kind switch
    {
        UnsafeKind.Control => "a control character",
        UnsafeKind.Bidi => "a bidirectional-text control (it reorders what is displayed)",
        UnsafeKind.ZeroWidth => "a zero-width (invisible) character",
        _ => "a letter from another script that looks like a Latin one",
    };

    private static int IndexOfInvisible(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (IsInvisible(text[i])) return i;
        return -1;
    }

    /// <summary>Index of the first look-alike letter in a word that also has ASCII letters or digits.</summary>
    private static int? MixedWord(string value, int start, int end)
    {
        int? lookAlike = null;
        bool latin = false;
        for (int i = start; i < end; i++)
        {
            if (char.IsAsciiLetterOrDigit(value[i])) latin = true;
            else if (lookAlike is null && IsLookAlikeScript(value[i])) lookAlike = i;
        }
        return latin ? lookAlike : null;
    }

    /// <summary>Cyrillic, Greek and full-width Latin: the scripts whose letters pass for ASCII ones.</summary>
    private static bool IsLookAlikeScript(char c) =>
        c is (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u052F') or (>= '\uFF01' and <= '\uFF5E');
}
