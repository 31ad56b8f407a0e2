using System.Text.Json;

namespace AttackKb.Cli.Tests.Ci;

/// <summary>A duplicate shared by many files is one finding that lists them all, not a line per pair.</summary>
public class DuplicateGroupTests
{
    [Fact]
    public void Fifteen_notes_with_one_id_are_one_finding_per_id_listing_every_file()
    {
        string kb = RepoPaths.TempFolder("duplicates");
        string note = File.ReadAllText(RepoPaths.Cases("AttackKb.Core.Tests", "lint", "duplicates", "kb", "fail-a", "T1553.004.md"));
        for (int i = 1; i <= 15; i++)
        {
            string folder = Path.Combine(kb, $"copy-{i:D2}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "T1553.004.md"), note);
        }
        string catalog = Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");

        var text = CliRunner.Run("lint", kb, "--attack", catalog);
        Assert.Equal(1, text.ExitCode);
        var attackId = Assert.Single(text.Stdout.Split('\n'), l => l.Contains(" AKB5002: "));
        var stixId = Assert.Single(text.Stdout.Split('\n'), l => l.Contains(" AKB5003: "));
        for (int i = 1; i <= 15; i++)
        {
            Assert.Contains($"copy-{i:D2}/T1553.004.md", attackId);
            Assert.Contains($"copy-{i:D2}/T1553.004.md", stixId);
        }
        Assert.StartsWith("copy-01/T1553.004.md(", attackId);
        Assert.Contains("T1553.004 has 15 notes", attackId);

        var sarif = CliRunner.Run("lint", kb, "--attack", catalog, "--format", "sarif");
        using var doc = JsonDocument.Parse(sarif.Stdout);
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "AKB5002");
        Assert.Equal(14, result.GetProperty("relatedLocations").GetArrayLength());

        // Every copy is left out of the STIX bundle, not only the one the finding is reported at.
        var stix = CliRunner.Run("stix", kb, "--attack", catalog, "-o", "-");
        Assert.Equal(1, stix.ExitCode);
        using var bundle = JsonDocument.Parse(stix.Stdout);
        Assert.DoesNotContain(bundle.RootElement.GetProperty("objects").EnumerateArray(),
            o => o.GetProperty("type").GetString() == "attack-pattern");
        Assert.Equal(15, stix.Stderr.Split('\n').Count(l => l.Contains(" AKB7001: ")));
    }
}
