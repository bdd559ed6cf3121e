namespace Concord.Hub.Notifications;

/// <summary>One read of the outbox for one viewer.</summary>
/// <param name="Released">The notifications the viewer may receive, in sequence order.</param>
/// <param name="Cursor">The last sequence examined (released or withheld): the next read starts after it. Equal to the
/// cursor read from when nothing new was committed.</param>
public sealed record NotificationPage(IReadOnlyList<ReleasedNotification> Released, long Cursor);
