using System.Diagnostics;

namespace AttackKb.Cli.Common;

/// <summary>`--open`: the default browser through xdg-open, only when asked and only when xdg-open is there.</summary>
internal static class Browser
{
    public static void Open(Uri url, TextWriter err)
    {
        string? opener = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "xdg-open")).FirstOrDefault(File.Exists);
        if (opener is null)
        {
            err.WriteLine($"attackkb: no xdg-open here; open {url} yourself");
            return;
        }
        using var process = Process.Start(new ProcessStartInfo(opener, url.ToString()) { UseShellExecute = false });
    }
}
