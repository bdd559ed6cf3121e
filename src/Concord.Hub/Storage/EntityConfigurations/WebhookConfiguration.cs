using Concord.Hub.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("webhooks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.AgencyCode).HasMaxLength(Agencies.AgencyRules.MaxCodeLength).IsRequired();
        builder.HasIndex(w => w.AgencyCode);
        builder.Property(w => w.Url).HasMaxLength(WebhookRules.MaxUrlLength).IsRequired();
        builder.Property(w => w.Description).HasMaxLength(WebhookRules.MaxDescriptionLength);
        builder.Property(w => w.Secret).HasMaxLength(512).IsRequired(); // the data-protected form (IWebhookSecretProtector)
        builder.Property(w => w.CreatedAt).IsRequired();
        builder.Property(w => w.LastError).HasMaxLength(WebhookRules.MaxErrorLength);
    }
}
