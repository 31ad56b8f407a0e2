namespace AttackKb.Cli.Tests.Taxii;

/// <summary>
/// `attackkb publish` against the real reference server: the server ends up holding exactly the bundle, a second
/// publish posts nothing, and a changed note posts exactly the objects that changed.
/// </summary>
[Trait("Category", "Corpus")]
[Trait("Category", "Taxii")]
public sealed class TaxiiPublishTests(TaxiiTestServer fixture) : IClassFixture<TaxiiTestServer>
{
    private TaxiiServer Server => fixture.Server;

    [CorpusFact]
    public void Publish_is_incremental_and_leaves_the_server_equal_to_the_bundle()
    {
        string work = RepoPaths.TempFolder("taxii-publish");
        string kb = RepoPaths.CopyFolder(RepoPaths.Data, Path.Combine(work, "kb"));
        string collection = Server.Collection(TaxiiServer.ReadWrite);

        var first = Publish(kb, collection);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var bundle = Bundle(kb, Path.Combine(work, "first.json"));
        Assert.Equal(bundle.Keys.Order(StringComparer.Ordinal), StixBundleFile.Posted(first.Stdout));
        var fetched = Fetch(collection, Path.Combine(work, "server.json"));
        Assert.Equal(StixBundleFile.IdsAndVersions(bundle), StixBundleFile.IdsAndVersions(fetched));

        var again = Publish(kb, collection);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Empty(StixBundleFile.Posted(again.Stdout));
        Assert.Contains($"{bundle.Count} already on the server, 0 posted, 0 failed", again.Stderr);

        string note = Path.Combine(kb, "notes", "credential-access", "T1552.004.md");
        File.WriteAllText(note, File.ReadAllText(note)
            .Replace("modified: '2025-10-24T17:48:50.819Z'", "modified: '2026-12-01T09:30:00.000Z'",
                StringComparison.Ordinal)
            + "\nThe team added this sentence after the first publish.\n");
        var changedBundle = Bundle(kb, Path.Combine(work, "changed.json"));
        string[] changed = changedBundle
            .Where(p => !bundle.TryGetValue(p.Key, out var before) || before.Json != p.Value.Json)
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("attack-pattern--60b508a1-6a5e-46b1-821a-9f7b78752abf", changed);

        var third = Publish(kb, collection);
        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Equal(changed, StixBundleFile.Posted(third.Stdout));
        Assert.Equal(
            StixBundleFile.IdsAndVersions(changedBundle),
            StixBundleFile.IdsAndVersions(Fetch(collection, Path.Combine(work, "server-after.json"))));
    }

    private CliRunner.Result Publish(string kb, string collection) =>
        CliRunner.Run(["publish", kb, "--taxii", collection, .. Server.Writer]);

    private static Dictionary<string, (string Version, string Json)> Bundle(string kb, string path)
    {
        var r = CliRunner.Run("stix", kb, "-o", path);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return StixBundleFile.Objects(path);
    }

    private Dictionary<string, (string Version, string Json)> Fetch(string collection, string path)
    {
        var r = CliRunner.Run(["attack", "fetch", "--taxii", collection, "-o", path, .. Server.Reader]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return StixBundleFile.Objects(path);
    }
}
