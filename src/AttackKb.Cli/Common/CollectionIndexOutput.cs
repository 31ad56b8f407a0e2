using System.CommandLine;
using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Stix.CollectionIndex;

namespace AttackKb.Cli.Common;

/// <summary>
/// The collection index `build` publishes beside <c>stix/bundle.json</c>: <c>stix/index.json</c> plus this
/// version's bundle under <c>stix/&lt;version&gt;/bundle.json</c>. With a previous index (--previous-index, or the
/// config's <c>stix.previousIndex</c> relative to the KB) the versions accumulate, and the earlier versions' bundles
/// found beside it (<c>&lt;version&gt;/bundle.json</c>) are carried into the new output, so a site that replaces
/// the previous one keeps every version it ever listed.
/// </summary>
public sealed class CollectionIndexOutput
{
    private readonly string? _previousPath;
    private readonly CollectionIndexDocument? _previous;

    private CollectionIndexOutput(string? previousPath, CollectionIndexDocument? previous)
    {
        _previousPath = previousPath;
        _previous = previous;
    }

    public static Option<string?> PreviousIndexOption() => new("--previous-index")
    {
        Description = "The collection index of the last published build (stix/index.json): its versions are kept "
            + "(default: the config's stix.previousIndex)",
    };

    /// <summary>Reads the previous index before the build writes anything; a bad one is a usage error (exit 2).
    /// </summary>
    public static CollectionIndexOutput Open(string? option, KbConfig config, string kbRoot)
    {
        string? path = option ?? ConfiguredPath(config, kbRoot);
        if (path is null) return new(null, null);
        if (!File.Exists(path))
        {
            // The first build of a site has no previous index yet: only an explicit option must name a real file.
            if (option is not null) throw new UsageException($"--previous-index: file not found: {path}");
            return new(null, null);
        }
        try
        {
            return new(Path.GetFullPath(path), CollectionIndexJson.Read(File.ReadAllBytes(path)));
        }
        catch (FormatException e)
        {
            throw new UsageException($"{path}: not a collection index: {e.Message}");
        }
    }

    /// <summary>Writes the index and the version's bundle into the staging folder; returns warnings.</summary>
    public IReadOnlyList<string> Write(OutputFolder folder, byte[] bundle, string siteBaseUrl)
    {
        var (index, current) = CollectionIndexBuilder.Build(bundle, siteBaseUrl, _previous);
        File.WriteAllBytes(folder.PathOf("stix/" + CollectionIndexBuilder.FileName), CollectionIndexJson.Write(index));
        File.WriteAllBytes(folder.PathOf("stix/" + CollectionIndexBuilder.BundlePath(current)), bundle);
        var warnings = new List<string>();
        if (_previousPath is null) return warnings;
        string from = Path.GetDirectoryName(_previousPath)!;
        foreach (var version in index.Collections.SelectMany(c => c.Versions).Select(v => v.Version).Distinct())
        {
            if (version == current || !CollectionIndexBuilder.IsSafeFolderName(version)) continue;
            string relative = CollectionIndexBuilder.BundlePath(version);
            string source = Path.Combine(from, relative);
            if (File.Exists(source)) File.Copy(source, folder.PathOf("stix/" + relative));
            else warnings.Add($"collection index: version {version}'s bundle is not beside {_previousPath}; "
                + "the index still lists it, so keep it published where its URL points");
        }
        return warnings;
    }

    private static string? ConfiguredPath(KbConfig config, string kbRoot)
    {
        if (config.Section("stix") is not { ValueKind: JsonValueKind.Object } s
            || !s.TryGetProperty("previousIndex", out var v)) return null;
        if (v.ValueKind != JsonValueKind.String)
            throw new ConfigException(
                $"{config.SourcePath ?? KbConfig.FileName}: 'stix.previousIndex' must be a string");
        return Path.Combine(kbRoot, v.GetString()!);
    }
}
