package org.headwater.app.notify;

import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.DeliveryFailed;
import org.headwater.notify.Notice;
import org.headwater.notify.Notification;
import org.headwater.notify.Sender;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail over SMTP (EPA 5.2 "email notifications"). */
public final class EmailSender implements Sender {

    private final JavaMailSender mail;
    private final String from;

    public EmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notification notification, Contact contact) throws DeliveryFailed {
        deliver(MessageText.subject(notification), MessageText.body(notification), contact);
    }

    @Override
    public void send(Notice notice, Contact contact) throws DeliveryFailed {
        deliver(MessageText.subject(notice), MessageText.body(notice), contact);
    }

    private void deliver(String subject, String text, Contact contact) throws DeliveryFailed {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(contact.address());
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
        } catch (MailException e) {
            // The exception text may quote the recipient; only its type goes into the record.
            throw new DeliveryFailed("SMTP delivery failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
