using System.Globalization;
using System.Text;

namespace AttackKb.Testing;

/// <summary>
/// Case files of a grammar: each case is an input line, then a line <c>=&gt; expected</c>; <c>#</c> lines are
/// comments (an input that starts with <c>#</c> is written <c>\#</c>). Both spell invisible characters as C# escapes
/// (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\\</c>, <c>\uXXXX</c>) so one case is one line. Read as [Theory] data:
/// (line of the case, input unescaped, expected as written); a test compares the expectation with
/// <see cref="Escape"/> of what it found.
/// </summary>
public static class GrammarCases
{
    public static TheoryData<int, string, string> Read(string path)
    {
        var data = new TheoryData<int, string, string>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            if (i + 1 >= lines.Length || !lines[i + 1].StartsWith("=> ", StringComparison.Ordinal))
                throw new FormatException($"{path}({i + 2}): expected '=> ' after the input of line {i + 1}");
            data.Add(i + 1, Unescape(lines[i]), lines[i + 1]["=> ".Length..]);
            i++;
        }
        return data;
    }

    /// <summary>
    /// Asserts that what a grammar found, one string per match, is the case's expectation: the matches joined with
    /// <c> | </c>, <c>-</c> for none, spelled as the case file spells them.
    /// </summary>
    public static void AssertFound(int line, string expected, IEnumerable<string> found)
    {
        string all = string.Join(" | ", found);
        string actual = all.Length == 0 ? "-" : Escape(all);
        Assert.True(expected == actual, $"case of line {line}: {actual}");
    }

    /// <summary>Spells a string as a case file does, for messages and for writing expectations.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\\", '\n' => @"\n", '\r' => @"\r", '\t' => @"\t",
                _ when char.IsControl(c) || c >= '\uE000' && c <= '\uF8FF' =>
                    @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length) { sb.Append(text[i]); continue; }
            char next = text[++i];
            switch (next)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    int code = int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(next); break;
            }
        }
        return sb.ToString();
    }
}
