using System.Text;

namespace AttackKb.Core.Text;

/// <summary>
/// Writes literal text as markdown code: the fence is one backtick longer than the longest backtick run inside, so
/// text holding backticks stays one code span (CommonMark 6.1).
/// </summary>
public static class MarkdownCode
{
    /// <summary>An inline code span; empty text writes nothing (an empty span is not markdown).</summary>
    public static void AppendSpan(StringBuilder md, string text)
    {
        if (text.Length == 0) return;
        string fence = new('`', LongestRun(text) + 1);
        // CommonMark strips one space from each side when both are there, and a fence char must not touch the fence.
        bool pad = text[0] == '`' || text[^1] == '`'
            || (text[0] == ' ' && text[^1] == ' ' && !string.IsNullOrWhiteSpace(text));
        string space = pad ? " " : "";
        md.Append(fence).Append(space).Append(text).Append(space).Append(fence);
    }

    /// <summary>A fenced code block on lines of its own.</summary>
    public static void AppendBlock(StringBuilder md, string text)
    {
        string fence = new('`', Math.Max(3, LongestRun(text) + 1));
        md.Append(fence).Append('\n').Append(text).Append('\n').Append(fence);
    }

    private static int LongestRun(string text)
    {
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
