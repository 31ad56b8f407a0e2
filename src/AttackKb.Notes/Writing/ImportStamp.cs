using System.Security.Cryptography;
using System.Text;

namespace AttackKb.Notes.Writing;

public enum StampState
{
    /// <summary>The file is exactly what the importer wrote: it may be replaced by a newer import.</summary>
    Intact,
    /// <summary>The file has a stamp but its content changed since: the team edited it.</summary>
    Edited,
    /// <summary>No <c>import_hash</c> in the front matter: written by hand (or the stamp was removed).</summary>
    Missing,
}

/// <summary>
/// How import tells its own notes from edited ones without keeping state elsewhere: the last front-matter key,
/// <c>import_hash</c>, is the first 16 hex digits of the SHA-256 of the whole file (UTF-8) with that one line left
/// out. Any change to the file (front matter or body, even a newline) makes the hash disagree.
/// </summary>
public static class ImportStamp
{
    public const string Key = "import_hash";
    private const string LinePrefix = Key + ": ";

    /// <summary>Adds the stamp line just before the closing <c>---</c> of the front matter.</summary>
    public static string Apply(string unstamped)
    {
        int close = ClosingFence(unstamped);
        if (close < 0) throw new ArgumentException("text has no front matter", nameof(unstamped));
        return unstamped[..close] + LinePrefix + Hash(unstamped) + "\n" + unstamped[close..];
    }

    public static StampState Check(string text)
    {
        int close = ClosingFence(text);
        if (close < 0) return StampState.Missing;
        int start = text.LastIndexOf("\n" + LinePrefix, close, StringComparison.Ordinal);
        if (start < 0) return StampState.Missing;
        start++;
        int end = text.IndexOf('\n', start);
        if (end < 0 || end >= close) return StampState.Missing;
        string stored = text[(start + LinePrefix.Length)..end];
        string without = string.Concat(text.AsSpan(0, start), text.AsSpan(end + 1));
        return string.Equals(stored, Hash(without), StringComparison.Ordinal) ? StampState.Intact : StampState.Edited;
    }

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>Offset of the line that closes the front matter (the second <c>---</c> line), or -1.</summary>
    private static int ClosingFence(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return -1;
        int i = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return i < 0 ? -1 : i + 1;
    }
}
