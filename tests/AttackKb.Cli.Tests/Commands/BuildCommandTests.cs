namespace AttackKb.Cli.Tests.Commands;

/// <summary>`attackkb build`: one output folder, replaced as a whole, never inside the knowledge base.</summary>
public class BuildCommandTests
{
    [Fact]
    public void Build_writes_the_site_lint_reports_and_the_bundle_and_replaces_the_folder_as_a_whole()
    {
        string output = Path.Combine(RepoPaths.TempFolder("build"), "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "from an earlier build");

        var r = CliRunner.Run("build", RepoPaths.Data, "-o", output);

        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "lint", "report.txt")));
        Assert.True(File.Exists(Path.Combine(output, "lint", "report.sarif")));
        Assert.Contains("\"type\": \"bundle\"", File.ReadAllText(Path.Combine(output, "stix", "bundle.json")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "techniques", "T1553.004.html")));
        Assert.True(File.Exists(Path.Combine(output, "coverage.json")));
        Assert.Contains("attackkb: site: ", r.Stderr);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, ".out.attackkb-*"));
    }

    [Fact]
    public void Build_refuses_an_output_folder_inside_the_knowledge_base()
    {
        var r = CliRunner.Run("build", RepoPaths.Data, "-o", Path.Combine(RepoPaths.Data, "out"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("outside the knowledge base", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(RepoPaths.Data, "out")));
    }
}
