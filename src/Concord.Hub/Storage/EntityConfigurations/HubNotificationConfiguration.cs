using Concord.Hub.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class HubNotificationConfiguration : IEntityTypeConfiguration<HubNotification>
{
    public void Configure(EntityTypeBuilder<HubNotification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Sequence);
        builder.Property(n => n.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(n => n.Id).IsUnique();
        builder.Property(n => n.Kind).HasMaxLength(64);
        builder.Property(n => n.Agency).HasMaxLength(Agencies.AgencyRules.MaxCodeLength);
        builder.Property(n => n.RiskLevel).HasMaxLength(16);
        builder.HasIndex(n => n.EventId);
    }
}
