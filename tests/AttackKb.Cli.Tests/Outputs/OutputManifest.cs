using System.Security.Cryptography;
using System.Text;

namespace AttackKb.Cli.Tests.Outputs;

/// <summary>A folder as <c>sha256  path</c> lines: equal manifests mean byte-identical folders; a diff names the files.</summary>
internal static class OutputManifest
{
    /// <summary><c>sha256  path</c> per file under <paramref name="folder"/>, in ordinal path order.</summary>
    public static string Of(string folder)
    {
        var sb = new StringBuilder();
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
            sb.Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file)))))
              .Append("  ").Append(file).Append('\n');
        return sb.ToString();
    }
}
