using System.Security.Cryptography;

namespace AttackKb.Serve;

/// <summary>
/// One file as served: its bytes, content type and ETag (a hash of the bytes, so a client revalidates for free), and
/// for pages the version the live-reload script compares (a hash of the page before the script tag went in).
/// </summary>
internal sealed record ServedFile(byte[] Bytes, string ContentType, string ETag, string Version)
{
    public static ServedFile Of(byte[] bytes, string contentType, string version) =>
        new(bytes, contentType, "\"" + Hash(bytes) + "\"", version);

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
}
