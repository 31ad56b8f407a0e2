using System.Text.Json;
using AttackKb.Cli.Tests.Ci;

namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// CI formats land on the right line: github and sarif name files relative to the working directory (the repository
/// root in CI) or --path-base; the SARIF log passes Microsoft's SARIF Multitool and its URIs resolve from that root.
/// </summary>
public class CiReportTests
{
    private static string Catalog => Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");

    [Fact]
    public void GitHub_annotations_run_from_the_repository_root_name_files_under_data()
    {
        var r = CliProcess.Run(RepoPaths.Root, "lint", "data", "--format", "github");
        Assert.Equal(0, r.ExitCode);
        var files = r.Stdout.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, "file=([^,:]+)").Groups[1].Value).ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, f =>
        {
            Assert.StartsWith("data/", f);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Uri.UnescapeDataString(f))), f);
        });
    }

    [Fact]
    public void Path_base_overrides_the_working_directory()
    {
        var fromRoot = CliRunner.Run("lint", RepoPaths.Data, "--format", "github", "--path-base", RepoPaths.Root);
        Assert.Contains("file=data/notes/", fromRoot.Stdout);
        var fromKb = CliRunner.Run("lint", RepoPaths.Data, "--format", "github", "--path-base", RepoPaths.Data);
        Assert.Contains("file=notes/", fromKb.Stdout);
        Assert.DoesNotContain("file=data/", fromKb.Stdout);
        Assert.Equal(2, CliRunner.Run("lint", RepoPaths.Data, "--path-base", "/no/such/folder").ExitCode);
    }

    public static TheoryData<string> KnowledgeBases() => new()
    {
        "data",
        "tests/AttackKb.Notes.Tests/cases/bad-input/kb",
        "tests/AttackKb.Core.Tests/cases/lint/duplicates/kb",
        "tests/AttackKb.Core.Tests/cases/lint/links/kb",
        "tests/AttackKb.Site.Tests/cases/hostile/kb",
    };

    [Trait("Category", "Validators")]
    [Theory]
    [MemberData(nameof(KnowledgeBases))]
    public void Sarif_passes_the_SARIF_Multitool_and_its_uris_resolve_from_the_repository_root(string kb)
    {
        string sarif = Path.Combine(RepoPaths.TempFolder("sarif"), "lint.sarif");
        var r = CliRunner.Run("lint", Path.Combine(RepoPaths.Root, kb), "--attack", Catalog, "--format", "sarif",
            "-o", sarif, "--path-base", RepoPaths.Root);
        Assert.NotEqual(3, r.ExitCode);

        Assert.Empty(SarifMultitool.Validate(sarif));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(sarif));
        var run = doc.RootElement.GetProperty("runs")[0];
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var locations = result.TryGetProperty("locations", out var l) ? l.EnumerateArray() : default;
            var related = result.TryGetProperty("relatedLocations", out var rl) ? rl.EnumerateArray() : default;
            foreach (var location in locations.Concat(related))
            {
                string uri = location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                Assert.StartsWith(kb + "/", uri);
                Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Uri.UnescapeDataString(uri))), uri);
            }
        }
    }

    [Trait("Category", "Validators")]
    [Fact]
    public void Sarif_rules_carry_descriptions_levels_and_a_help_link_to_the_published_rules_page()
    {
        string output = Path.Combine(RepoPaths.TempFolder("sarif-build"), "out");
        var r = CliRunner.Run("build", RepoPaths.Data, "-o", output, "--base-url", "https://cti.example/kb", "--path-base", RepoPaths.Root);
        Assert.Equal(0, r.ExitCode);
        string sarif = Path.Combine(output, "lint", "report.sarif");
        Assert.Empty(SarifMultitool.Validate(sarif));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(sarif));
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var rule in rules.EnumerateArray())
        {
            string id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            string help = rule.GetProperty("helpUri").GetString()!;
            Assert.Equal($"https://cti.example/kb/rules.html#{id}", help);
            // The anchor exists on the published rules page.
            Assert.Contains($"id=\"{id}\"", File.ReadAllText(Path.Combine(output, "rules.html")));
        }
    }
}
