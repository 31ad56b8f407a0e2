namespace AttackKb.Site.Tests;

/// <summary>Same KB, same bytes: across runs, threads, the order files are found in, and the culture.</summary>
public class DeterminismTests
{
    [Fact]
    public void Output_is_byte_identical_across_runs_file_order_threads_and_tr_TR()
    {
        var first = Snapshot(Sites.Generate(RepoPaths.Data));

        string reversed = CopyInReverseOrder(RepoPaths.Data);
        GeneratedSite second;
        using (new CultureScope("tr-TR"))
            second = Sites.Generate(reversed, options: SiteOptions.From(TestKnowledgeBases.ConfigOf(reversed)) with { Parallel = false });

        var other = Snapshot(second);
        Assert.Equal(first.Keys, other.Keys);
        foreach (var (path, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(other[path]), $"{path} differs");
    }

    private static SortedDictionary<string, byte[]> Snapshot(GeneratedSite site) =>
        new(site.Files().ToDictionary(f => f, f => File.ReadAllBytes(site.PathOf(f))), StringComparer.Ordinal);

    /// <summary>A copy of the KB whose files are created in reverse order (directory listings follow creation order on most file systems).</summary>
    private static string CopyInReverseOrder(string root)
    {
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse();
        return RepoPaths.CopyFiles(root, files, RepoPaths.TempFolder("reversed"));
    }
}
