using System.Text.Json;

namespace AttackKb.Cli.Tests.Commands;

/// <summary>
/// `build` publishes a collection index (stix/index.json) in the shape of ATT&amp;CK's own index.json, so ATT&amp;CK
/// Workbench can subscribe to the site: it validates against that shape (a JSON schema, checked with ajv), lists the
/// bundle's URL and version, keeps each version's bundle under its version, and accumulates versions across builds.
/// </summary>
public class BuildCollectionIndexTests
{
    private static string Schema => RepoPaths.Cases("AttackKb.Cli.Tests", "taxii", "collection-index.schema.json");

    [Fact]
    public void Index_has_the_shape_of_attacks_index_and_lists_the_bundle()
    {
        string output = Build(RepoPaths.Data, "--base-url", "https://cti.example/kb/");
        string index = Path.Combine(output, "stix", "index.json");
        AssertValid(index);
        var version = Versions(index).Single();
        Assert.Equal($"https://cti.example/kb/stix/{version.Version}/bundle.json", version.Url);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(output, "stix", "bundle.json")),
            File.ReadAllBytes(Path.Combine(output, "stix", version.Version, "bundle.json")));
    }

    [Fact]
    public void Versions_accumulate_from_the_previous_index_and_keep_their_bundles()
    {
        string kb = RepoPaths.CopyFolder(RepoPaths.Data, Path.Combine(RepoPaths.TempFolder("index-kb"), "kb"));
        string first = Build(kb);
        string firstIndex = Path.Combine(first, "stix", "index.json");
        var v1 = Versions(firstIndex).Single();
        Assert.Equal($"{v1.Version}/bundle.json", v1.Url);

        string note = Path.Combine(kb, "notes", "credential-access", "T1552.004.md");
        File.WriteAllText(note, File.ReadAllText(note).Replace(
            "modified: '2025-10-24T17:48:50.819Z'", "modified: '2026-12-01T09:30:00.000Z'", StringComparison.Ordinal));
        string second = Build(kb, "--previous-index", firstIndex);
        string secondIndex = Path.Combine(second, "stix", "index.json");
        AssertValid(secondIndex);
        var versions = Versions(secondIndex);
        Assert.Equal(["2026.12.01.093000", v1.Version], versions.Select(v => v.Version));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first, "stix", "bundle.json")),
            File.ReadAllBytes(Path.Combine(second, "stix", v1.Version, "bundle.json")));

        // Same inputs, same bytes: no clock in the index. The config key does what the option does.
        File.WriteAllText(Path.Combine(kb, "attackkb.json"), File.ReadAllText(Path.Combine(kb, "attackkb.json"))
            .Replace("\"stix\": {", $"\"stix\": {{\n    \"previousIndex\": {JsonSerializerString(firstIndex)},",
                StringComparison.Ordinal));
        string third = Build(kb);
        Assert.Equal(File.ReadAllBytes(secondIndex), File.ReadAllBytes(Path.Combine(third, "stix", "index.json")));
    }

    [Fact]
    public void A_previous_index_that_is_not_one_is_a_usage_error()
    {
        string bad = Path.Combine(RepoPaths.TempFolder("index-bad"), "index.json");
        File.WriteAllText(bad, "{\"id\": \"x\"}");
        var r = CliRunner.Run("build", RepoPaths.Data, "-o", Path.Combine(RepoPaths.TempFolder("index-out"), "out"),
            "--previous-index", bad);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not a collection index: 'name' (a string) is missing", r.Stderr);
    }

    private static string Build(string kb, params string[] extra)
    {
        string output = Path.Combine(RepoPaths.TempFolder("index-build"), "out");
        var r = CliRunner.Run(["build", kb, "-o", output, .. extra]);
        Assert.True(r.ExitCode is 0 or 1, r.Stderr);
        return output;
    }

    private static (string Version, string Url)[] Versions(string index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(index));
        return doc.RootElement.GetProperty("collections").EnumerateArray().Single()
            .GetProperty("versions").EnumerateArray()
            .Select(v => (v.GetProperty("version").GetString()!, v.GetProperty("url").GetString()!)).ToArray();
    }

    private static void AssertValid(string index)
    {
        string script = Path.Combine(ReferenceValidators.Folder, "validate-json.js");
        ReferenceValidators.NodeModule("ajv");
        var r = ReferenceValidators.Run("node", [script, Schema, index]);
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
    }

    private static string JsonSerializerString(string text)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) w.WriteStringValue(text);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
