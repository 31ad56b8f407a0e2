using System.Net;
using System.Text;

namespace AttackKb.Serve.Tests;

/// <summary>
/// The invariant of `serve`: after any sequence of edits, every file `attackkb site` writes for the KB as it is now
/// is served with the same bytes (pages once the served-only banner and reload tags are removed), and a page `site`
/// no longer writes is gone (404). The one deliberate difference: a note that no longer reads keeps its last good
/// page (with a banner saying so) where `site` leaves the note out.
/// </summary>
public sealed class ServedEqualsSiteTests
{
    private static readonly int[] SeedList = [1, 2, 3, 4, 5];
    public static TheoryData<int> Seeds => new(SeedList);
    private const int Steps = 10;

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Served_files_equal_the_site_after_random_edits(int seed)
    {
        await using var served = await ServedKb.StartAsync();
        var edits = new EditSequences(served.Root, seed);
        var history = new List<string>();
        var before = await AssertServedEqualsSite(served, null, history);
        for (int step = 0; step < Steps; step++)
        {
            history.Add(edits.Next());
            await served.SettleAsync();
            before = await AssertServedEqualsSite(served, before, history);
        }
    }

    /// <summary>The sequences above make every kind of edit at least once (else the property says nothing of
    /// it).</summary>
    [Fact]
    public void The_random_sequences_make_every_kind_of_edit() =>
        Assert.Equal(EditSequences.Kinds.Order(StringComparer.Ordinal), EditSequences.KindsMade(SeedList, Steps));

    /// <summary>
    /// A `git checkout` of another branch: dozens of files rewritten, one folder renamed, one deleted, at once. The
    /// watcher coalesces the burst into a few rebuilds (not one per file) and the result equals the site.
    /// </summary>
    [Fact]
    public async Task A_burst_of_changes_is_coalesced_and_ends_equal_to_the_site()
    {
        await using var served = await ServedKb.StartAsync();
        int builds = served.Server.Builds;
        var notes = Directory.EnumerateFiles(served.PathOf("notes"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        foreach (var note in notes)
            File.WriteAllText(note, File.ReadAllText(note).Replace("Description\n", "Description\nCheckout.\n\n",
                StringComparison.Ordinal));
        Directory.Move(served.PathOf("notes/credential-access"), served.PathOf("notes/credential-access-renamed"));
        Directory.Delete(served.PathOf("tests/T1649"), recursive: true);
        await served.SettleAsync();
        Assert.InRange(served.Server.Builds - builds, 1, 3);
        await AssertServedEqualsSite(served, null, [$"{notes.Length} notes rewritten, a folder renamed, one deleted"]);
    }

    private static async Task<Dictionary<string, byte[]>> AssertServedEqualsSite(
        ServedKb served, Dictionary<string, byte[]>? previous, List<string> history)
    {
        var expected = served.SiteOutput();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(expected, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (file, _) =>
        {
            var (status, bytes) = await served.GetAsync(Url(file.Key));
            if (status != HttpStatusCode.OK) mismatches.Add($"{file.Key}: {(int)status}");
            else if (IsLastGoodPage(bytes)) return;
            else if (!(file.Key.EndsWith(".html", StringComparison.Ordinal) ? ServedKb.WithoutServedOnly(bytes) : bytes)
                     .AsSpan().SequenceEqual(file.Value))
                mismatches.Add($"{file.Key}: bytes differ");
        });
        foreach (var gone in (previous?.Keys ?? Enumerable.Empty<string>()).Where(p => !expected.ContainsKey(p)))
        {
            var (status, bytes) = await served.GetAsync(Url(gone));
            bool lastGood = status == HttpStatusCode.OK && IsLastGoodPage(bytes);
            if (status != HttpStatusCode.NotFound && !lastGood) mismatches.Add($"{gone}: {(int)status}, not 404");
        }
        Assert.True(mismatches.IsEmpty,
            $"after [{string.Join("; ", history)}]: {mismatches.Count} of {expected.Count} files differ: "
            + string.Join(", ", mismatches.Order(StringComparer.Ordinal).Take(10)) + "\n" + served.Log);
        return expected;
    }

    private static bool IsLastGoodPage(byte[] bytes) => Encoding.UTF8.GetString(bytes)
        .Contains("no longer reads: this is its last good page", StringComparison.Ordinal);

    private static string Url(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
