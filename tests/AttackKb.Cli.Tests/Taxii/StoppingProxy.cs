using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttackKb.Cli.Tests.Taxii;

/// <summary>
/// A loopback TCP relay in front of the TAXII server that "stops the server" after a given number of POSTs: the next
/// POST's connection is dropped and the port closed, exactly what a client sees when the server dies midway — while
/// the real server keeps what it accepted, so the next publish (straight to it) shows what a repeat run does.
/// The reference server answers every request with <c>Connection: close</c>, so one connection is one request.
/// </summary>
public sealed class StoppingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private int _postsLeft;
    private volatile bool _stopped;

    public StoppingProxy(int upstreamPort, int postsBeforeStopping)
    {
        _upstreamPort = upstreamPort;
        _postsLeft = postsBeforeStopping;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptLoop);
    }

    public int Port { get; }

    private async Task AcceptLoop()
    {
        while (!_stopped)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Relay(client));
        }
    }

    private async Task Relay(TcpClient client)
    {
        using (client)
        {
            var downstream = client.GetStream();
            byte[] head = await ReadHead(downstream);
            if (Encoding.ASCII.GetString(head).StartsWith("POST ", StringComparison.Ordinal)
                && Interlocked.Decrement(ref _postsLeft) < 0)
            {
                Stop();
                return;
            }
            using var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
            var up = upstream.GetStream();
            await up.WriteAsync(head);
            var toServer = downstream.CopyToAsync(up);
            await up.CopyToAsync(downstream);
            client.Client.Shutdown(SocketShutdown.Both);
            await Task.WhenAny(toServer, Task.Delay(100));
        }
    }

    /// <summary>The bytes up to the end of the request line (what the relay decides on).</summary>
    private static async Task<byte[]> ReadHead(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 8192 && await stream.ReadAsync(one) == 1)
        {
            head.Add(one[0]);
            if (one[0] == (byte)'\n') break;
        }
        return head.ToArray();
    }

    private void Stop()
    {
        _stopped = true;
        _listener.Stop();
    }

    public void Dispose() => Stop();
}
