using System.Text.Json;
using AttackKb.Stix.Taxii;

namespace AttackKb.Cli.Tests.Taxii;

/// <summary>
/// Pulling from the real reference server: the 351-object certificates subset, posted in two rounds, comes back
/// whole through pages of 100, and <c>--added-after</c> the date the first pull printed returns only the second round.
/// `--type` filters by STIX type. Also `taxii collections` (discovery → API root → collections with their rights).
/// The tests of this class share one server: only the first one writes to it.
/// </summary>
[Trait("Category", "Corpus")]
[Trait("Category", "Taxii")]
public sealed class TaxiiFetchTests(TaxiiTestServer fixture) : IClassFixture<TaxiiTestServer>
{
    private TaxiiServer Server => fixture.Server;

    [CorpusFact]
    public void Pulls_the_certificates_subset_in_pages_and_only_later_objects_after_a_date()
    {
        string work = RepoPaths.TempFolder("taxii-fetch");
        string[] subset = SubsetObjects();
        string[] firstRound = subset[..200], secondRound = subset[200..];
        string collection = Server.Collection(TaxiiServer.ReadWrite);
        Post(collection, firstRound);

        var first = Fetch(collection, Path.Combine(work, "first.json"));
        string after = first.Stderr.Split('\n')
            .Single(l => l.Contains("--added-after", StringComparison.Ordinal)).Split(' ')[^1];
        Post(collection, secondRound);

        var later = Fetch(collection, Path.Combine(work, "later.json"), "--added-after", after);
        Assert.Equal(Ids(secondRound), StixBundleFile.Objects(Path.Combine(work, "later.json")).Keys.Order());

        string all = Path.Combine(work, "all.json");
        var whole = Fetch(collection, all, "--limit", "100");
        Assert.Contains("351 objects in 4 pages", whole.Stderr);
        var pulled = StixBundleFile.Objects(all);
        Assert.Equal(StixBundleFile.IdsAndVersions(StixBundleFile.Objects(Corpus.CertificatesSubset)),
            StixBundleFile.IdsAndVersions(pulled));
        Assert.True(later.ExitCode == 0, later.Stderr);

        // The pulled bundle is a bundle like any other: deterministic, and readable as an ATT&CK release.
        var again = Fetch(collection, Path.Combine(work, "again.json"), "--limit", "37");
        Assert.Equal(File.ReadAllBytes(all), File.ReadAllBytes(Path.Combine(work, "again.json")));
        var info = CliRunner.Run("attack", "info", all);
        Assert.True(info.ExitCode == 0, info.Stderr);
        Assert.Contains("techniques", info.Stdout);
        Assert.True(again.ExitCode == 0, again.Stderr);

        string tactics = Path.Combine(work, "tactics.json");
        Fetch(collection, tactics, "--type", "x-mitre-tactic");
        var pulledTactics = StixBundleFile.Objects(tactics);
        Assert.Equal(pulled.Keys.Where(id => id.StartsWith("x-mitre-tactic--", StringComparison.Ordinal)).Order(),
            pulledTactics.Keys.Order());
        Assert.NotEmpty(pulledTactics);
    }

    [CorpusFact]
    public void Collections_lists_api_roots_and_rights()
    {
        var text = CliRunner.Run(["taxii", "collections", Server.Discovery, .. Server.Reader]);
        Assert.True(text.ExitCode == 0, text.Stderr);
        Assert.Contains($"{TaxiiServer.ReadOnly}  read ", text.Stdout);
        Assert.Contains($"{TaxiiServer.ReadWrite}  read+write", text.Stdout);

        var json = CliRunner.Run(["taxii", "collections", Server.ApiRoot, "--format", "json", .. Server.Reader]);
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var root = doc.RootElement.EnumerateArray().Single();
        Assert.Equal(Server.ApiRoot, root.GetProperty("url").GetString());
        var readOnly = root.GetProperty("collections").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == TaxiiServer.ReadOnly);
        Assert.True(readOnly.GetProperty("can_read").GetBoolean());
        Assert.False(readOnly.GetProperty("can_write").GetBoolean());
    }

    private static string[] SubsetObjects()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Corpus.CertificatesSubset));
        return doc.RootElement.GetProperty("objects").EnumerateArray().Select(o => o.GetRawText()).ToArray();
    }

    private static IEnumerable<string> Ids(IEnumerable<string> objects) =>
        objects.Select(o => JsonDocument.Parse(o).RootElement.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal);

    /// <summary>Posts objects as the test fixture: through the client library, over the loopback's plain HTTP.
    /// </summary>
    private static void Post(string collection, IEnumerable<string> objects)
    {
        byte[] bundle = System.Text.Encoding.UTF8.GetBytes(
            "{\"type\":\"bundle\",\"id\":\"bundle--00000000-0000-4000-8000-000000000000\",\"objects\":["
            + string.Join(',', objects) + "]}");
        using var client = new TaxiiClient(new TaxiiClientOptions
        {
            Credentials = TaxiiCredentials.Basic("writer", "writer-pass"),
        });
        var result = TaxiiPublisher.Publish(client, new TaxiiCollection(new Uri(collection)), bundle);
        Assert.True(result.Ok, result.Error);
    }

    private CliRunner.Result Fetch(string collection, string path, params string[] extra)
    {
        var r = CliRunner.Run(["attack", "fetch", "--taxii", collection, "-o", path, .. Server.Reader, .. extra]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r;
    }
}
