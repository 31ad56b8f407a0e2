using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttackKb.Cli.Tests.Taxii;

/// <summary>
/// The OASIS reference TAXII 2.1 server from the corpus (<c>taxii/run-server.sh</c>, medallion with its memory
/// backend) on a free loopback port, started for a test class and stopped at its end. Every start is empty.
/// Its users (writer/reader) authenticate through environment variables, as a CI secret store would provide them.
/// </summary>
public sealed class TaxiiServer : IDisposable
{
    public const string ReadWrite = "2f9d6a8c-4c1e-4b5e-9a53-0b8f3c6d1e01";
    public const string ReadOnly = "7b1e0c55-9f3a-4d7e-8c21-5a4e9f0b2d02";
    public const string WriterPasswordVariable = "ATTACKKB_TEST_TAXII_WRITER";
    public const string ReaderPasswordVariable = "ATTACKKB_TEST_TAXII_READER";
    public const string WrongPasswordVariable = "ATTACKKB_TEST_TAXII_WRONG";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    static TaxiiServer()
    {
        Environment.SetEnvironmentVariable(WriterPasswordVariable, "writer-pass");
        Environment.SetEnvironmentVariable(ReaderPasswordVariable, "reader-pass");
        Environment.SetEnvironmentVariable(WrongPasswordVariable, "not-the-password");
    }

    /// <param name="maxContentLength">The API root's max_content_length (null: the launcher's 100 MiB).</param>
    public TaxiiServer(long? maxContentLength = null)
    {
        Port = FreePort();
        string script = Corpus.Path("taxii", "run-server.sh");
        var arguments = new List<string> { script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (maxContentLength is { } max)
        {
            string data = Path.Combine(RepoPaths.TempFolder("taxii-data"), "data.json");
            File.WriteAllText(data, File.ReadAllText(Corpus.Path("taxii", "config", "data.json"))
                .Replace("104857600", max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    StringComparison.Ordinal));
            arguments.Add(data);
        }
        var psi = new ProcessStartInfo("bash", arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilItAnswers();
    }

    public int Port { get; }
    public string Discovery => $"http://127.0.0.1:{Port}/taxii2/";
    public string ApiRoot => $"http://127.0.0.1:{Port}/kb/";
    public string Collection(string id, int? port = null) =>
        $"http://127.0.0.1:{port ?? Port}/kb/collections/{id}/";

    public string[] Writer => ["--user", "writer", "--password-env", WriterPasswordVariable];
    public string[] Reader => ["--user", "reader", "--password-env", ReaderPasswordVariable];

    public string ServerLog
    {
        get { lock (_log) return _log.ToString(); }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private void WaitUntilItAnswers()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited) break;
            try
            {
                // Any HTTP answer (401 without credentials) means it is serving.
                using var _ = http.GetAsync(Discovery).GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(100);
            }
            catch (TaskCanceledException)
            {
            }
        }
        Dispose();
        throw new Xunit.Sdk.XunitException(
            "the TAXII test server did not start (it needs Debian's python3-flask python3-flask-httpauth python3-tz "
            + "python3-six python3-appdirs python3-packaging python3-attr python3-jsonschema; tests/run.sh installs "
            + $"them):\n{ServerLog}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
