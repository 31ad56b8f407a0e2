namespace AttackKb.Cli.Tests;

/// <summary>`lint --fix`: only safe fixes, exactly the expected bytes (cases/fix/after), idempotent, nothing written without --fix.</summary>
public class LintFixTests
{
    private static string Catalog => Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");

    [Fact]
    public void Fix_rewrites_exactly_the_safe_fixes_and_a_second_run_changes_nothing()
    {
        string kb = Copy();
        var r = CliRunner.Run("lint", kb, "--attack", Catalog, "--fix");
        Assert.Contains("attackkb: 5 fix(es) applied", r.Stderr);
        AssertSameTree(RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "after"), kb);

        var again = CliRunner.Run("lint", kb, "--attack", Catalog, "--fix");
        Assert.Contains("attackkb: 0 fix(es) applied", again.Stderr);
        AssertSameTree(RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "after"), kb);
    }

    [Fact]
    public void Without_fix_nothing_is_written()
    {
        string kb = Copy();
        CliRunner.Run("lint", kb, "--attack", Catalog);
        AssertSameTree(RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "before"), kb);
    }

    private static string Copy()
    {
        string from = RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "before");
        string to = RepoPaths.TempFolder("fix");
        foreach (string f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        return to;
    }

    private static void AssertSameTree(string expected, string actual)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal));
        foreach (string f in files)
            Assert.Equal(File.ReadAllText(Path.Combine(expected, f)), File.ReadAllText(Path.Combine(actual, f)));
    }
}
