using System.Text;

namespace AttackKb.Site.Html;

/// <summary>
/// HTML escaping for text and attribute values. Escapes the five characters that can change markup meaning and drops
/// control characters that are not allowed in HTML, so any string from a note is safe in text or a quoted attribute.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (!NeedsEscaping(value)) return value;
        var sb = new StringBuilder(value.Length + 16);
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case '\r': break;
                default:
                    if (c < ' ' || c == '\u007F' || c is '\uFFFE' or '\uFFFF') break;   // not allowed in HTML text
                    sb.Append(c);
                    break;
            }
        }
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (char c in value)
            if (c is '&' or '<' or '>' or '"' or '\'' or '\r' or '\u007F' or '\uFFFE' or '\uFFFF' || c < ' ' && c is not ('\t' or '\n'))
                return true;
        return false;
    }
}
