using System.Net;
using System.Net.Sockets;
using Concord.Hub.Notifications;

namespace Concord.Server.Notifications;

/// <summary>The connect callback of the webhook <see cref="SocketsHttpHandler"/>: resolves the destination itself and
/// connects only to addresses the <see cref="WebhookDestinationPolicy"/> permits, so that the check and the connection
/// use the same resolution (a name re-pointed at an internal address after registration, DNS rebinding, is refused too).</summary>
/// <remarks>A refusal fails the delivery like an unreachable receiver (<see cref="HttpRequestException"/> from the
/// handler); the stored error says only "unreachable". The handler must not use a proxy, which would make the proxy the
/// only address checked.</remarks>
internal sealed class WebhookConnector(WebhookDestinationPolicy policy)
{
    /// <summary>Resolves <see cref="SocketsHttpConnectionContext.DnsEndPoint"/> and connects to the first permitted
    /// address that answers; throws <see cref="WebhookDestinationRefusedException"/> when none is permitted.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        DnsEndPoint endPoint = context.DnsEndPoint;
        IPAddress[] resolved = IPAddress.TryParse(endPoint.Host, out IPAddress? literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        IPAddress[] permitted = [.. resolved.Where(policy.Permits)];
        if (permitted.Length == 0)
        {
            throw new WebhookDestinationRefusedException(endPoint.Host, resolved);
        }

        SocketException? last = null;
        foreach (IPAddress address in permitted)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}

/// <summary>A webhook destination resolved only to addresses the hub does not call.</summary>
internal sealed class WebhookDestinationRefusedException(string host, IReadOnlyList<IPAddress> addresses)
    : IOException($"Webhook host {host} resolves to {string.Join(", ", addresses)}, where the hub does not call (Concord:Webhooks:AllowedNetworks).");
