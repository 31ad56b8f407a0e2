using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Import;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;

namespace AttackKb.Stix.Tests.Export;

/// <summary>Knowledge bases the export tests run on, loaded the way the CLI loads them.</summary>
internal static class Exports
{
    private static readonly Lazy<AttackRelease> PinnedRelease = new(() =>
        AttackReleaseReader.Read(Path.Combine(RepoPaths.Data, KbConfig.Load(Path.Combine(RepoPaths.Data, KbConfig.FileName)).Attack!), new DiagnosticBag()));

    /// <summary>The release data/ pins (the compact catalog of Enterprise 18.1).</summary>
    public static AttackRelease Pinned => PinnedRelease.Value;

    /// <summary>Exports a KB folder with its own attackkb.json (else defaults) against <paramref name="release"/> (default: the pinned one).</summary>
    public static StixExportResult Folder(string root, AttackRelease? release = null)
    {
        string configPath = Path.Combine(root, KbConfig.FileName);
        var config = File.Exists(configPath) ? KbConfig.Load(configPath) : KbConfig.Default;
        return StixExport.Write(KnowledgeBaseLoader.Load(root, config, release ?? Pinned), StixOptions.From(config));
    }

    /// <summary>Every attack-pattern of the certificates subset, written as canonical notes by the importer, exported again.</summary>
    public static (StixExportResult Result, AttackRelease Release) CertificateSubset()
    {
        var release = AttackReleaseReader.Read(Corpus.CertificatesSubset, new DiagnosticBag());
        string kb = RepoPaths.TempFolder("subset-kb");
        ReleaseImporter.Run(new ImportRequest { Release = release, TargetFolder = kb, Selection = new ImportSelection.All(), KnowledgeBaseRoot = kb });
        return (Folder(kb, release), release);
    }

    /// <summary>Writes a bundle to a temp file (for the node validators).</summary>
    public static string ToFile(byte[] bundle, string name = "bundle")
    {
        string path = Path.Combine(RepoPaths.TempFolder(name), "bundle.json");
        File.WriteAllBytes(path, bundle);
        return path;
    }
}
