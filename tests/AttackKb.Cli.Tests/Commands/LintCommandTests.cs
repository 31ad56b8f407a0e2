using System.Text.Json;

namespace AttackKb.Cli.Tests.Commands;

/// <summary>`attackkb lint` as CI runs it: exit codes, formats, SARIF shape, the default KB clean, real Sigma rules.</summary>
public class LintCommandTests
{
    [Fact]
    public void Default_kb_lints_clean()
    {
        var r = CliRunner.Run("lint", RepoPaths.Data);
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain(": error ", r.Stdout);
        Assert.DoesNotContain(": warning ", r.Stdout);
        Assert.Matches(@"^attackkb: (\d+) files: \1 read\nattackkb: 0 errors, 0 warnings, \d+ infos in \1 files\n$", r.Stderr);
    }

    [Fact]
    public void Errors_exit_1_and_warnings_as_errors_promotes_warnings()
    {
        string kb = RepoPaths.Cases("AttackKb.Core.Tests", "lint", "links", "kb");
        Assert.Equal(1, CliRunner.Run("lint", kb, "--attack", Catalog).ExitCode);
        string warningsOnly = RepoPaths.Cases("AttackKb.Core.Tests", "lint", "technique-status", "kb", "fail-revoked");
        Assert.Equal(0, CliRunner.Run("lint", warningsOnly, "--attack", Catalog).ExitCode);
        Assert.Equal(1, CliRunner.Run("lint", warningsOnly, "--attack", Catalog, "--warnings-as-errors").ExitCode);
    }

    /// <summary>
    /// SARIF 2.1.0: no schema package is installed for the tests, so this checks the shape GitHub code scanning
    /// requires (version, runs[].tool.driver.name and rules[].id, results[].ruleId/level/message.text, physical
    /// locations with relative URIs and regions).
    /// </summary>
    [Fact]
    public void Sarif_has_the_shape_code_scanning_requires()
    {
        var r = CliRunner.Run("lint", RepoPaths.Cases("AttackKb.Core.Tests", "lint", "links", "kb"), "--attack", Catalog, "--format", "sarif");
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("attackkb", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToArray();
        Assert.Equal(Core.Diagnostics.DiagnosticCatalog.All.Select(d => d.Id), ruleIds);
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            string id = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(id, ruleIds[result.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            string uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.False(Path.IsPathRooted(uri), uri);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Theory]
    [InlineData("text", "fail/T1553.005.md(14,1): error AKB4010: ")]
    [InlineData("github", "::error file=fail/T1553.005.md,line=14,col=1,title=AKB4010 Unsafe link scheme::")]
    [InlineData("json", "\"code\": \"AKB4010\"")]
    public void Formats_carry_code_location_and_message(string format, string expected)
    {
        string kb = RepoPaths.Cases("AttackKb.Core.Tests", "lint", "links", "kb");
        var r = CliRunner.Run("lint", kb, "--attack", Catalog, "--format", format, "--path-base", kb);
        Assert.Contains(expected, r.Stdout);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Real_sigma_rules_report_v19_tags_as_unknown_to_18_1_identically_across_runs_and_cultures()
    {
        string kb = RepoPaths.TempFolder("sigma-kb");
        RepoPaths.CopyFolder(Corpus.SigmaRules, Path.Combine(kb, "sigma"));
        var first = CliRunner.Run("lint", kb, "--attack", Corpus.EnterpriseBundle);
        Assert.NotEqual(3, first.ExitCode);
        Assert.Contains("'attack.t1685' names technique T1685, unknown to ATT&CK Enterprise 18.1", first.Stdout);
        Assert.Contains("'attack.stealth' names tactic stealth, unknown to ATT&CK Enterprise 18.1", first.Stdout);
        Assert.DoesNotContain("AKB9001", first.Stdout);
        CliRunner.Result second;
        using (new CultureScope("tr-TR")) second = CliRunner.Run("lint", kb, "--attack", Corpus.EnterpriseBundle);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    private static string Catalog => Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");
}
