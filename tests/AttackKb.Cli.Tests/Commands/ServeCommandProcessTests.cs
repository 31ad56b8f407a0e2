using System.Diagnostics;
using System.Text;

namespace AttackKb.Cli.Tests.Commands;

/// <summary>
/// `attackkb serve` as a user runs it: its own process, stopped with Ctrl-C (SIGINT). It must say when it serves
/// beyond loopback, stop cleanly with exit 0 and leave the KB as it was.
/// </summary>
public class ServeCommandProcessTests
{
    [Fact]
    public async Task Ctrl_C_stops_serve_with_exit_0_and_a_non_loopback_host_is_warned_about()
    {
        string kb = RepoPaths.CopyFolder(RepoPaths.Data, RepoPaths.TempFolder("serve-sigint"));
        var before = Snapshot(kb);
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string[] args = [typeof(Program).Assembly.Location, "serve", kb, "--port", "0", "--host", "0.0.0.0"];
        foreach (string arg in args) psi.ArgumentList.Add(arg);
        using var serve = Process.Start(psi)!;
        var stderr = new StringBuilder();
        var serving = new TaskCompletionSource();
        serve.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (e.Data.Contains("serving http", StringComparison.Ordinal)) serving.TrySetResult();
        };
        serve.BeginErrorReadLine();
        serve.BeginOutputReadLine();
        try
        {
            await serving.Task.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal(0, Kill(serve.Id, SigInt));   // what Ctrl-C in a terminal sends
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await serve.WaitForExitAsync(stop.Token);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
        string log;
        lock (stderr) log = stderr.ToString();
        Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}:\n{log}");
        Assert.Contains("attackkb: warning: serving on 0.0.0.0", log, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(kb));
    }

    private const int SigInt = 2;

    /// <summary>
    /// libc's kill(2): .NET itself only kills another process outright, and a `kill` binary may be absent.
    /// </summary>
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static string Snapshot(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(
                System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
