using System.Globalization;
using System.Text;

namespace AttackKb.Notes.Writing;

/// <summary>
/// Writes a string as a YAML scalar that every YAML 1.1/1.2 reader reads back as exactly that string. Plain only
/// when nothing could be misread (no indicator first, no <c>: </c> or <c> #</c>, not a bool/null/number/date
/// look-alike); single quotes for other printable one-line text; double quotes with escapes for control and
/// line-break characters. Non-ASCII text stays as UTF-8.
/// </summary>
public static class YamlQuoting
{
    /// <summary>The one-line form of <paramref name="value"/> (plain, 'single' or "double" quoted).</summary>
    public static string Inline(string value)
    {
        if (NeedsDoubleQuotes(value)) return DoubleQuoted(value);
        return CanBePlain(value) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>
    /// True when <paramref name="value"/> can be a literal block (<c>|</c> / <c>|-</c>) that reads back exactly:
    /// several lines, printable, first line not indented, no blank-but-not-empty lines, at most one final newline.
    /// </summary>
    public static bool FitsLiteralBlock(string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal)
            || NeedsDoubleQuotes(value.Replace("\n", "", StringComparison.Ordinal))) return false;
        if (value.EndsWith("\n\n", StringComparison.Ordinal) || value.StartsWith('\n')) return false;
        string body = value.EndsWith('\n') ? value[..^1] : value;
        if (body.Length == 0 || body[0] is ' ' or '\t') return false;
        foreach (string line in body.Split('\n'))
            if (line.Length > 0 && line.Trim(' ', '\t').Length == 0) return false;
        return true;
    }

    /// <summary>
    /// Literal block lines for <paramref name="value"/> (see <see cref="FitsLiteralBlock"/>), indented by
    /// <paramref name="indent"/>.
    /// </summary>
    public static void AppendLiteralBlock(StringBuilder sb, string value, string indent)
    {
        bool finalNewline = value.EndsWith('\n');
        sb.Append(finalNewline ? "|\n" : "|-\n");
        foreach (string line in (finalNewline ? value[..^1] : value).Split('\n'))
        {
            if (line.Length > 0) sb.Append(indent).Append(line);
            sb.Append('\n');
        }
    }

    private static bool CanBePlain(string v)
    {
        if (v.Length == 0 || v[0] is ' ' || v[^1] is ' ' or ':') return false;
        // Indicators, and anything starting like a number, date, version or sign (1.3, 2020-10-01, -1, .inf, +x).
        if ("-?:,[]{}#&*!|>'\"%@`.+0123456789".Contains(v[0], StringComparison.Ordinal)) return false;
        if (v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal)
            || v.Contains('\t', StringComparison.Ordinal)) return false;
        if (IsSpecialWord(v)) return false;
        foreach (char c in v)
            // keep plain for ASCII and letters only; quote exotic spaces/marks
            if (c > '~' && !char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Words YAML 1.1 or 1.2 turns into booleans, nulls or merge keys.</summary>
    private static bool IsSpecialWord(string v) => v.ToLowerInvariant() is
        "~" or "null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "<<" or "=";

    private static bool NeedsDoubleQuotes(string v)
    {
        foreach (char c in v)
            if (!IsPrintable(c)) return true;
        return false;
    }

    /// <summary>YAML's printable set minus line breaks (\n, NEL, LS, PS) and the BOM.</summary>
    private static bool IsPrintable(char c) =>
        c is '\t' or (>= ' ' and <= '~') ||
        (c >= '\u00A0' && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c is < '\uFFFE' && !char.IsSurrogate(c)) ||
        char.IsSurrogate(c);

    private static string DoubleQuoted(string v)
    {
        var sb = new StringBuilder(v.Length + 8).Append('"');
        foreach (char c in v)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (IsPrintable(c)) sb.Append(c);
                    else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
