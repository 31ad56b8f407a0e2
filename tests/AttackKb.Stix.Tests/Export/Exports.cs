using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Import;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;

namespace AttackKb.Stix.Tests.Export;

/// <summary>Knowledge bases the export tests run on, loaded the way the CLI loads them.</summary>
internal static class Exports
{
    /// <summary>The release data/ pins (the compact catalog of Enterprise 18.1).</summary>
    public static AttackRelease Pinned => TestKnowledgeBases.Pinned;

    /// <summary>Exports a KB folder with its own attackkb.json (else defaults) against <paramref name="release"/> (default: the pinned one).</summary>
    public static StixExportResult Folder(string root, AttackRelease? release = null) =>
        StixExport.Write(TestKnowledgeBases.Load(root, release), StixOptions.From(TestKnowledgeBases.ConfigOf(root)));

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
