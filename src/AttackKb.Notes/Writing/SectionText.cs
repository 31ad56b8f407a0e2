using System.Text;

namespace AttackKb.Notes.Writing;

/// <summary>
/// Makes upstream markdown safe to put inside a canonical <c>##</c> section: every <c>#</c>/<c>##</c> heading line
/// (outside code fences) would start a new section when read back, so it is demoted to <c>###</c>. Outer whitespace
/// is trimmed (markdown does not carry it) and newlines become \n.
/// </summary>
public static class SectionText
{
    public static string Prepare(string markdown, out bool demotedHeadings)
    {
        demotedHeadings = false;
        string text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (!text.Contains('#', StringComparison.Ordinal)) return text;

        var sb = new StringBuilder(text.Length + 16);
        string? fence = null;
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.TrimStart(' ');
            bool indentedOk = line.Length - trimmed.Length <= 3;
            if (indentedOk
                && (trimmed.StartsWith("```", StringComparison.Ordinal)
                    || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                string marker = trimmed[..3];
                if (fence is null) fence = marker;
                else if (fence == marker) fence = null;
            }
            else if (fence is null && indentedOk && HeadingLevel(trimmed) is 1 or 2)
            {
                sb.Append("###").Append(trimmed.TrimStart('#')).Append('\n');
                demotedHeadings = true;
                continue;
            }
            sb.Append(line).Append('\n');
        }
        return sb.ToString(0, sb.Length - 1);
    }

    private static int HeadingLevel(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == '#') n++;
        return n > 0 && n <= 6 && (n == line.Length || line[n] is ' ' or '\t') ? n : 0;
    }
}
