using System.Buffers;
using System.Text;

namespace AttackKb.Site.Html;

/// <summary>
/// HTML escaping for text and attribute values. Escapes the five characters that can change markup meaning and drops
/// control characters that are not allowed in HTML, so any string from a note is safe in text or a quoted attribute.
/// </summary>
public static class HtmlText
{
    /// <summary>
    /// Every character <see cref="Append"/> does not copy as is: the five markup characters and those not allowed in
    /// HTML.
    /// </summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c)
            .Concat(['&', '<', '>', '"', '\'', '\u007F', '\uFFFE', '\uFFFF']).ToArray());

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (!value.AsSpan().ContainsAny(Special)) return value;
        var sb = new StringBuilder(value.Length + 16);
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends the value escaped, copying the runs between special characters whole.</summary>
    public static void Append(StringBuilder sb, string? value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            int i = rest.IndexOfAny(Special);
            if (i < 0)
            {
                sb.Append(rest);
                return;
            }
            sb.Append(rest[..i]);
            switch (rest[i])
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: break;   // '\r' and the characters not allowed in HTML text are dropped
            }
            rest = rest[(i + 1)..];
        }
    }
}
