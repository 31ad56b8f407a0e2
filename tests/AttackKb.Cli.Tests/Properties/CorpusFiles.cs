namespace AttackKb.Cli.Tests.Properties;

/// <summary>A real file to mutate: its KB-relative path (the extension picks the reader) and its bytes.</summary>
public sealed record CorpusFile(string Path, byte[] Bytes);

/// <summary>
/// The real files the fuzz cases start from: the three seeds, every text file of data/ (except the 6 MB release
/// catalog, which the reader never reads), the shared Sigma rules and Atomic test files.
/// </summary>
public static class CorpusFiles
{
    private const long MaxBytes = 512 * 1024;
    private static readonly string[] Extensions = [".md", ".markdown", ".yml", ".yaml", ".json"];

    public static IReadOnlyList<CorpusFile> Load() =>
    [
        .. From(Corpus.Seeds, "seeds"),
        .. From(RepoPaths.Data, "data"),
        .. From(Corpus.SigmaRules, "sigma"),
        .. From(Corpus.Atomics, "atomics"),
    ];

    private static IEnumerable<CorpusFile> From(string folder, string prefix) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => new FileInfo(f).Length <= MaxBytes)
            .Order(StringComparer.Ordinal)
            .Select(f => new CorpusFile(prefix + "/" + System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)));
}
