using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Reads an ATT&CK release from an official STIX 2.1 bundle (<c>.json</c> or <c>.json.gz</c>) or from the compact
/// catalog <c>attackkb attack catalog</c> writes (recognised by content). Upstream data-quality problems become
/// AKB8xxx diagnostics in <paramref name="bag"/>; an unreadable file throws <see cref="ReleaseReadException"/>.
/// </summary>
public static class AttackReleaseReader
{
    public static AttackRelease Read(string path, DiagnosticBag bag) =>
        throw new ReleaseReadException($"{path}: reading ATT&CK releases is not implemented yet"); // TODO (stub)
}

/// <summary>The release file cannot be used at all (missing, not JSON, not a bundle): the CLI exits with 2.</summary>
public sealed class ReleaseReadException(string message, Exception? inner = null) : Exception(message, inner);
