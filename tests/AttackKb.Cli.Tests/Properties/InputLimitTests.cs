using System.Text;
using AttackKb.Notes.Loading;

namespace AttackKb.Cli.Tests.Properties;

/// <summary>
/// The YAML budgets (depth, node count, alias expansion) stop hostile files before any recursion could overflow the
/// stack — in .yml files and in front matter alike. Inputs are far past the limits (a million levels), so a limit
/// checked too late would crash the test process, not just fail an assertion.
/// </summary>
public class InputLimitTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, string, string> Hostile() => new()
    {
        { "deep-flow.yml", "title: x\ndetection: " + Repeat("[", 1_000_000), "AKB1023" },
        { "deep-map.yml", "title: x\ndetection: " + Repeat("{a: ", 1_000_000), "AKB1023" },
        { "deep-block.yml", "title: x\ndetection:\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => new string(' ', i) + "a:\n")), "AKB1023" },
        { "wide.yml", "title: x\ndetection: [" + Repeat("a, ", 300_000) + "a]\n", "AKB1025" },
        { "laughs.yml", "a: &a [" + Repeat("x, ", 9) + "x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 10)) + "]\n")), "AKB1022" },
        { "deep-front-matter.md", "---\nkind: technique\nplatforms: " + Repeat("[", 1_000_000) + "\n---\n\nbody\n", "AKB1023" },
        { "deep-quotes.md", "---\nkind: technique\n---\n\n" + Repeat(">", 1_000_000) + " x\n", "AKB1026" },
        { "deep-brackets.md", Repeat("[", 1_000_000) + "\n", "AKB1026" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_limit_far_past_is_one_located_error_and_no_crash(string path, string text, string code)
    {
        var loaded = FileReader.ReadBytes(path, Encoding.UTF8.GetBytes(text));
        var error = Assert.Single(loaded.Diagnostics, d => d.Id == code);
        Assert.Equal(path, error.Location!.Value.Path);
        Assert.True(error.Location.Value.Line > 0, $"{error} is not located at a line");
        // A .yml file and a markdown body past its limits give no value; front matter past them is dropped (the body
        // is still read as a generic note, with the error).
        if (!path.Contains("front-matter", StringComparison.Ordinal)) Assert.True(loaded.Note is null && loaded.Detection is null);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id == "AKB1099");
    }
}
