using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AttackKb.Core.Ids;

/// <summary>STIX 2.1 identifiers: <c>type--uuid</c> with a lower-case RFC 4122 UUID.</summary>
public static partial class StixId
{
    /// <summary>
    /// Project namespace for UUIDv5 ids minted for objects that have no official id. Never change it.
    /// </summary>
    public static readonly Guid ProjectNamespace = new("8c6b2a7e-4f0d-5b1e-9a3c-6d2f1e0b7a45");

    public static bool IsWellFormed(string text) => Shape().IsMatch(text);

    /// <summary>The type prefix (<c>attack-pattern</c>) of a well-formed id, else null.</summary>
    public static string? TypeOf(string text)
    {
        int sep = text.IndexOf("--", StringComparison.Ordinal);
        return sep > 0 ? text[..sep] : null;
    }

    /// <summary>A deterministic id (UUIDv5, RFC 9562 §5.5) from the project namespace and a stable name.</summary>
    public static string Mint(string type, string name) => $"{type}--{UuidV5(ProjectNamespace, $"{type}:{name}")}";

    public static string UuidV5(Guid ns, string name)
    {
        Span<byte> nsBytes = stackalloc byte[16];
        ns.TryWriteBytes(nsBytes, bigEndian: true, out _);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[16 + nameBytes.Length];
        nsBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        byte[] hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    [GeneratedRegex(
        @"^[a-z][a-z0-9-]*[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
