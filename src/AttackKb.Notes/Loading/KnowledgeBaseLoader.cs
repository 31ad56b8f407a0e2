using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Model;
using Microsoft.Extensions.FileSystemGlobbing;

namespace AttackKb.Notes.Loading;

/// <summary>
/// Loads a knowledge-base folder: files chosen by the config's globs, read in parallel (one file never affects
/// another), gathered into a <see cref="KnowledgeBase"/> whose order does not depend on the file system or threads.
/// </summary>
public static class KnowledgeBaseLoader
{
    /// <param name="cache">Keeps what unchanged files yielded between loads of the same KB (`serve`); null reads
    /// every file.</param>
    public static KnowledgeBase Load(string root, KbConfig config, AttackRelease? release, LoadCache? cache = null)
    {
        string fullRoot = Path.GetFullPath(root);
        var matcher = MatcherOf(config);
        var files = cache?.FileListIfUnchanged(fullRoot, path => matcher.Match(path).HasMatches)
            ?? FindFiles(fullRoot, matcher);
        LoadedFile[] results;
        if (cache is not null)
        {
            results = cache.Read(fullRoot, files, config.MaxFileBytes);
            cache.Remember(files);
        }
        else
        {
            results = new LoadedFile[files.Count];
            Parallel.For(0, files.Count, i => results[i] = FileReader.Read(fullRoot, files[i], config.MaxFileBytes));
        }
        return new KnowledgeBase(
            fullRoot,
            results.Where(r => !r.YieldedNothing).Select(r => r.Note).OfType<Note>(),
            results.Select(r => r.Detection).OfType<Detection>(),
            results.Select(r => r.Test).OfType<TestProcedure>(),
            files,
            results.SelectMany(r => r.Diagnostics),
            release,
            config.DetectionGaps,
            leftOut: results.Where(r => r.YieldedNothing && r.HasError).Select(r => r.Path),
            ignored: results.Where(r => r.YieldedNothing && !r.HasError).Select(r => r.Path));
    }

    /// <summary>
    /// KB-relative paths with '/' separators, ordinal order. Symbolic links are not followed out of the root.
    /// </summary>
    public static IReadOnlyList<string> FindFiles(string fullRoot, KbConfig config) =>
        FindFiles(fullRoot, MatcherOf(config));

    private static IReadOnlyList<string> FindFiles(string fullRoot, Matcher matcher)
    {
        return matcher.GetResultsInFullPath(fullRoot)
            .Where(p => IsInside(fullRoot, p))
            .Select(p => Path.GetRelativePath(fullRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The config's include and exclude patterns, matched ordinally.</summary>
    private static Matcher MatcherOf(KbConfig config)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(config.Include);
        matcher.AddExcludePatterns(config.Exclude);
        return matcher;
    }

    private static bool IsInside(string root, string path)
    {
        var info = new FileInfo(path);
        string real =
            info.LinkTarget is null ? info.FullName
                : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return real.StartsWith(prefix, StringComparison.Ordinal);
    }
}
