namespace AttackKb.Cli.Tests.Ci;

/// <summary>The README's diagnostic-code table is the catalog, not a hand-kept copy of part of it.</summary>
public class ReadmeCodeTableTests
{
    private const string Begin = "<!-- codes:begin -->\n";
    private const string End = "<!-- codes:end -->";

    [Fact]
    public void Readme_code_table_equals_the_rules_command()
    {
        string path = Path.Combine(RepoPaths.Root, "README.md");
        string readme = File.ReadAllText(path);
        int start = readme.IndexOf(Begin, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no codes:begin/codes:end markers");
        string table = CliRunner.Run("rules", "--format", "markdown").Stdout;
        string written = readme[(start + Begin.Length)..end];
        if (written != table && Golden.Updating)
        {
            File.WriteAllText(path, readme[..(start + Begin.Length)] + table + readme[end..]);
            return;
        }
        Assert.True(written == table, "README's code table differs from `attackkb rules --format markdown`: " +
            "run the tests with ATTACKKB_UPDATE_GOLDEN=1 and review the diff");
    }
}
