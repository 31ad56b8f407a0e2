namespace AttackKb.Cli.Tests.Common;

/// <summary>The exit-code contract: 0 ok, 1 data errors, 2 usage/config, 3 bug; parse errors are 2, not System.CommandLine's 1.</summary>
public class ExitCodeTests
{
    [Theory]
    [InlineData("no-such-command")]
    [InlineData("list", "--no-such-option")]
    [InlineData("list", "--format", "yaml")]
    [InlineData("show")]
    public void Parse_errors_exit_2(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("attackkb:", r.Stderr);
    }

    [Fact]
    public void Help_exits_0()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("lint", r.Stdout);
    }

    [Fact]
    public void Missing_knowledge_base_folder_exits_2()
    {
        var r = CliRunner.Run("list", Path.Combine(RepoPaths.TempFolder("cli"), "missing"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not found", r.Stderr);
    }

    [Fact]
    public void Malformed_config_exits_2_with_its_location()
    {
        string kb = RepoPaths.TempFolder("cli");
        File.WriteAllText(Path.Combine(kb, "attackkb.json"), "{ \"include\": [1, 2] }");
        var r = CliRunner.Run("list", kb);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("attackkb.json", r.Stderr);
    }

    [Fact]
    public void Unknown_technique_in_show_exits_2()
    {
        var r = CliRunner.Run("show", "T9999.999", RepoPaths.Data);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("T9999.999", r.Stderr);
    }
}
