using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;

namespace AttackKb.Testing;

/// <summary>Knowledge bases loaded the way the CLI loads them: the folder, its attackkb.json (else defaults), a release.</summary>
public static class TestKnowledgeBases
{
    private static readonly Lazy<AttackRelease> PinnedRelease = new(() =>
        AttackReleaseReader.Read(Path.Combine(RepoPaths.Data, KbConfig.Load(Path.Combine(RepoPaths.Data, KbConfig.FileName)).Attack!), new DiagnosticBag()));

    /// <summary>The release data/ pins (the compact catalog of Enterprise 18.1), read once per test run.</summary>
    public static AttackRelease Pinned => PinnedRelease.Value;

    /// <summary>The folder's attackkb.json, or the defaults when it has none.</summary>
    public static KbConfig ConfigOf(string root)
    {
        string path = Path.Combine(root, KbConfig.FileName);
        return File.Exists(path) ? KbConfig.Load(path) : KbConfig.Default;
    }

    /// <summary>Loads a KB folder with its own config against <paramref name="release"/> (default: the pinned one).</summary>
    public static KnowledgeBase Load(string root, AttackRelease? release = null) =>
        KnowledgeBaseLoader.Load(root, ConfigOf(root), release ?? Pinned);
}
