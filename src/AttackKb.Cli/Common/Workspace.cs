using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;
using AttackKb.Site;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;

namespace AttackKb.Cli.Common;

/// <summary>
/// The front half every command shares: find the KB folder and its config, read the pinned ATT&amp;CK release, load the
/// files. Problems with the folder, config or release are <see cref="UsageException"/>s (exit 2).
/// </summary>
public sealed class Workspace
{
    public const string DefaultDataFolder = "data";

    private readonly Task<(AttackRelease? Release, IReadOnlyList<Diagnostic> Diagnostics)> _release;

    private Workspace(string root, KbConfig config, Task<(AttackRelease?, IReadOnlyList<Diagnostic>)> release)
    {
        Root = root;
        Config = config;
        _release = release;
    }

    public string Root { get; }
    public KbConfig Config { get; }
    /// <summary>The config file read (null: none, defaults apply).</summary>
    public string? ConfigPath { get; private init; }
    /// <summary>The release file read (null: none configured).</summary>
    public string? ReleasePath { get; private init; }
    /// <summary>
    /// The pinned (or --attack) release; null when none is configured. Throws <see cref="UsageException"/> when
    /// unreadable.
    /// </summary>
    public AttackRelease? Release => Await().Release;
    /// <summary>Upstream data-quality findings from reading the release (AKB8xxx).</summary>
    public IReadOnlyList<Diagnostic> ReleaseDiagnostics => Await().Diagnostics;

    /// <summary>
    /// Opens a KB folder (default <c>data</c>), its config (or <paramref name="configPath"/>) and release (or
    /// <paramref name="attackPath"/>).
    /// </summary>
    public static Workspace Open(string? folder, string? configPath = null, string? attackPath = null)
    {
        string root = Path.GetFullPath(folder ?? DefaultDataFolder);
        if (!Directory.Exists(root))
            throw new UsageException(folder is null
                ? $"no knowledge base folder '{DefaultDataFolder}' here; "
                    + "run from the repository root or name the folder"
                : $"knowledge base folder not found: {folder}");
        string? cfgPath = configPath
            ?? (File.Exists(Path.Combine(root, KbConfig.FileName)) ? Path.Combine(root, KbConfig.FileName) : null);
        if (configPath is not null && !File.Exists(configPath))
            throw new UsageException($"config file not found: {configPath}");
        KbConfig config;
        try
        {
            config = cfgPath is null ? KbConfig.Default : KbConfig.Load(cfgPath);
            // Every section is checked now, whatever the command: a bad "site" fails `lint` as it fails `site`.
            _ = SiteOptions.From(config);
            _ = StixOptions.From(config);
        }
        catch (ConfigException e) { throw new UsageException(e.Message); }

        string? releasePath = attackPath ?? (config.Attack is { } a ? Path.Combine(root, a) : null);
        if (releasePath is not null && !File.Exists(releasePath))
            throw new UsageException($"ATT&CK release not found: {releasePath}");
        // The release is read on another thread while the files load: the two are independent until the end.
        var release = Task.Run(() =>
        {
            var bag = new DiagnosticBag();
            AttackRelease? r = releasePath is null ? null : ReleaseOpener.Open(releasePath, bag);
            return (r, bag.Items);
        });
        return new Workspace(root, config, release) { ConfigPath = cfgPath, ReleasePath = releasePath };
    }

    public KnowledgeBase Load()
    {
        var kb = KnowledgeBaseLoader.Load(Root, Config, release: null);
        return Release is { } release ? kb.WithRelease(release) : kb;
    }

    private (AttackRelease? Release, IReadOnlyList<Diagnostic> Diagnostics) Await()
    {
        try { return _release.GetAwaiter().GetResult(); }
        catch (ReleaseReadException e) { throw new UsageException(e.Message); }
    }
}

/// <summary>Bad usage, config or release: reported on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
