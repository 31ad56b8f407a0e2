using System.Text.Json;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Cli.Tests.Commands;

/// <summary>The reports through the CLI: SARIF bytes across runs and cultures, `attackkb rules`, `--output`.</summary>
public class LintReportCliTests
{
    [Fact]
    public void Sarif_is_byte_identical_across_runs_and_cultures()
    {
        string kb = RepoPaths.Cases("AttackKb.Core.Tests", "lint", "sigma", "kb");
        string catalog = Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");
        string first = CliRunner.Run("lint", kb, "--attack", catalog, "--format", "sarif").Stdout;
        string second;
        using (new CultureScope("tr-TR")) second = CliRunner.Run("lint", kb, "--attack", catalog, "--format", "sarif").Stdout;
        Assert.Equal(first, second);
        Assert.DoesNotContain(kb, first);
    }

    [Theory]
    [InlineData("text", "AKB3008  error    Malformed ATT&CK object or detection ID")]
    [InlineData("markdown", "| AKB4010 | error | Unsafe link scheme |")]
    [InlineData("json", "\"code\": \"AKB6502\"")]
    public void Rules_lists_the_whole_catalog_in_each_format(string format, string expected)
    {
        var r = CliRunner.Run("rules", "--format", format);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(expected, r.Stdout);
        if (format == "json")
        {
            using var doc = JsonDocument.Parse(r.Stdout);
            var codes = doc.RootElement.GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("code").GetString());
            Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), codes);
        }
    }

    [Fact]
    public void Output_file_gets_the_report_and_stdout_stays_empty()
    {
        string file = Path.Combine(RepoPaths.TempFolder("lint-out"), "report.sarif");
        string catalog = Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");
        var r = CliRunner.Run("lint", RepoPaths.Cases("AttackKb.Core.Tests", "lint", "sigma", "kb"), "--attack", catalog, "--format", "sarif", "--output", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(file));
        Assert.StartsWith("attackkb: ", r.Stderr);
    }

    [Fact]
    public void Unreadable_release_exits_2()
    {
        string kb = RepoPaths.TempFolder("lint-bad-release");
        File.WriteAllText(Path.Combine(kb, "broken.json"), "{ not json");
        var r = CliRunner.Run("lint", kb, "--attack", Path.Combine(kb, "broken.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("broken.json", r.Stderr);
    }
}
