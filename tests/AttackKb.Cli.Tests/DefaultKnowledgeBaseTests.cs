namespace AttackKb.Cli.Tests;

/// <summary>Issue 2's acceptance on the default KB in data/: the seeds are listed with their dialects and `show` resolves facts.</summary>
public class DefaultKnowledgeBaseTests
{
    [Theory]
    [InlineData("T1588.004", "dialect-a")]
    [InlineData("T1587.003", "dialect-b")]
    [InlineData("T1596.003", "dialect-a")]
    public void List_shows_the_seeds_with_their_dialects(string id, string dialect)
    {
        var r = CliRunner.Run("list", RepoPaths.Data, "--kind", "technique");
        Assert.Equal(0, r.ExitCode);
        var line = r.Stdout.Split('\n').SingleOrDefault(l => l.StartsWith(id + " ", StringComparison.Ordinal) && l.Contains(" " + dialect + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no line for {id} as {dialect} in:\n{r.Stdout}");
    }

    [Fact]
    public void Show_resolves_tactic_version_data_component_and_attack_detection_strategy()
    {
        var r = CliRunner.Run("show", "T1587.003", RepoPaths.Data);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("resource-development", r.Stdout);
        Assert.Matches(@"(?m)^Version\s+1\.2$", r.Stdout);
        Assert.Contains("Internet Scan: Response Content", r.Stdout);
        Assert.Contains("DET0844", r.Stdout);
    }

    [Theory]
    [InlineData("t1587_003")]
    [InlineData("T1587/003")]
    public void Show_accepts_every_spelling_of_an_id(string spelling)
    {
        var r = CliRunner.Run("show", spelling, RepoPaths.Data, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.Equal("T1587.003", doc.RootElement.GetProperty("attackId").GetString());
        Assert.Equal("1.2", doc.RootElement.GetProperty("version").GetString());
        Assert.Contains(doc.RootElement.GetProperty("attackDetectionStrategies").EnumerateArray(), s => s.GetProperty("id").GetString() == "DET0844");
    }

    [Fact]
    public void List_json_is_identical_across_runs_and_under_turkish_culture()
    {
        string first = CliRunner.Run("list", RepoPaths.Data, "--format", "json").Stdout;
        string second;
        using (new CultureScope("tr-TR")) second = CliRunner.Run("list", RepoPaths.Data, "--format", "json").Stdout;
        Assert.Equal(first, second);
        Assert.Contains("\"T1588.004\"", first);
    }
}
