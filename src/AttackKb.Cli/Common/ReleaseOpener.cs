using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Stix.Reading;

namespace AttackKb.Cli.Common;

/// <summary>
/// The one way a command opens an ATT&amp;CK release — an official bundle (.json, .json.gz) or the compact catalog,
/// given by path (a pinned release, --attack, or an argument): a missing or unreadable file is a usage error (exit 2),
/// MITRE's data-quality findings go to the caller's bag. The place a TAXII source will plug in.
/// </summary>
internal static class ReleaseOpener
{
    public static AttackRelease Open(string path, DiagnosticBag findings)
    {
        if (!File.Exists(path)) throw new UsageException($"ATT&CK release not found: {path}");
        try { return AttackReleaseReader.Read(path, findings); }
        catch (ReleaseReadException e) { throw new UsageException(e.Message); }
    }

    /// <summary>
    /// Opens a release a command reads as input (import, diff) and prints its upstream findings summarised by code
    /// on stderr — they are MITRE's, not the user's, and 835 identical lines would bury everything else.
    /// </summary>
    public static AttackRelease OpenAndSummarise(string path, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        var release = Open(path, bag);
        foreach (var group in bag.Items
                     .GroupBy(d => d.Id, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
            stderr.WriteLine(
                $"{Path.GetFileName(path)}: {group.Count()} × {group.Key} ({group.First().Descriptor.Title}), "
                + $"e.g. {group.First().Message}");
        return release;
    }
}
