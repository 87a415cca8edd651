"""The visitor check-in form with sales reception: who serves the visitor.

Extends the visitor log's CheckInForm (salesdesk/ui/visitors/check_in_form.py)
with the reception rows. Typing a phone (or ID) tells a new person from a known
customer: a known one shows owner, first visit, last follow-up and the
protection left, and the consultant field proposes the owner — or a stand-in
when the owner is not on duty; a new one proposes the next consultant in the
queue. The reception is saved in the same transaction as the visit
(``visitors.check_in`` → ``reception.receive_visit``).
"""
from __future__ import annotations


from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QLineEdit

from salesdesk import customer_match, reception, rotation, visitors
from salesdesk.i18n import _
from salesdesk.models.reception import AGENT, REFERRAL, SOURCES, WALK_IN
from salesdesk.reception import ReceptionInput, Recognition
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.visitors.check_in_form import CheckInForm

AUTO = -1  # consultant combo: follow the rules (owner / queue)
SALES_PURPOSES = ("Viewing", "Negotiation", "Signing")  # untranslated sources of visitors.DEFAULT_PURPOSES


class SalesCheckInForm(CheckInForm):
    def build_rows(self) -> None:
        super().build_rows()
        self.recognition: Recognition | None = None
        self.sales = self._row("sales", tr("Sales visit (served by a consultant)"), QCheckBox())
        self.sales.setChecked(self.roster_active())
        self.sales.toggled.connect(self._sales_toggled)
        self.consultant = self._row("consultant", tr("Consultant"), QComboBox())
        self.requested = self._row("requested", tr("Asked for this consultant by name"), QCheckBox())
        self.requested.toggled.connect(self._requested_toggled)
        self.source = self._row("source", tr("Came by"), QComboBox())
        for code in SOURCES:
            self.source.addItem(_(reception.SOURCE_LABELS[code]), code)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.agent_name = self._row("agent_name", tr("Agent"), QLineEdit())
        self.agent_company = self._row("agent_company", tr("Agency"), QLineEdit())
        self.agent_registered_at = self._row("agent_registered_at", tr("Registered by the agent at"), QDateTimeEdit())
        self.agent_registered_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.agent_registered_at.setCalendarPopup(True)
        self.referrer = self._row("referrer", tr("Referred by (customer's phone)"), QLineEdit())
        self.referrer.editingFinished.connect(self._referrer_entered)
        self.referrer_id: int | None = None
        self.media = self._row("media", tr("Heard of us through"), QComboBox())
        self.media.setEditable(True)
        self.reception_info = QLabel()
        self.reception_info.setWordWrap(True)
        self.reception_info.setStyleSheet("padding: 3px; background: #eef4ff;")
        self.form.addRow(self.reception_info)
        self.purpose.currentTextChanged.connect(self._purpose_changed)
        self._source_changed()  # the consultant and media lists are filled by reload_lists() at the form's end
        bus_mod.bus.changed.connect(self._data_changed)

    def _data_changed(self, register: str) -> None:
        if register in ("reception", "customers", "*"):  # the queue or an owner changed: who is next now?
            if not self.phone.text().strip() and not self.name.text().strip():
                self.sales.setChecked(self.roster_active())  # nothing typed yet: follow today's roster
            self.update_reception_info()

    @staticmethod
    def roster_active() -> bool:
        """Sales reception applies by default once a consultant is on today's roster;
        an office (or a day) without a roster registers visitors as before."""
        return any(e.status != rotation.OFF for e in rotation.entries())

    # --- lists -----------------------------------------------------------------------
    def reload_lists(self) -> None:
        super().reload_lists()
        if hasattr(self, "consultant"):
            self.reload_reception_lists()

    def reload_reception_lists(self) -> None:
        current = self.consultant.currentData()
        self.consultant.clear()
        self.consultant.addItem(tr("(by the rules: owner or queue)"), AUTO)
        for u in reception.consultants():
            self.consultant.addItem(u.display_name, u.id)
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(current)))
        text = self.media.currentText()
        self.media.clear()
        self.media.addItems([""] + reception.media_choices())
        self.media.setCurrentText(text)
        self.update_reception_info()

    # --- reacting to what is typed ----------------------------------------------------
    def _sales_toggled(self, on: bool) -> None:
        for key in ("consultant", "requested", "source", "media"):
            self.fields[key].setEnabled(on)
        self._source_changed()
        self.update_reception_info()

    def _purpose_changed(self, text: str) -> None:
        if text:
            sales_purpose = text in {_(p) for p in SALES_PURPOSES} or text in SALES_PURPOSES
            self.sales.setChecked(sales_purpose and self.roster_active())

    def _requested_toggled(self, on: bool) -> None:
        if on and self.consultant.currentData() == AUTO:
            self.consultant.setFocus()
        self.update_reception_info()

    def _source_changed(self, *_args) -> None:
        src = self.source.currentData()
        sales = self.sales.isChecked()
        for key in ("agent_name", "agent_company", "agent_registered_at"):
            self._set_row_visible(key, sales and src == AGENT)
        self._set_row_visible("referrer", sales and src == REFERRAL)
        if src == AGENT and sales:
            self.agent_registered_at.setDateTime(QDateTime.currentDateTime().addSecs(-3600))

    def _set_row_visible(self, key: str, on: bool) -> None:
        row, _err = self.errors[key]
        self.form.setRowVisible(row - 1, on)  # the field's row sits just above its error row

    def phone_entered(self) -> None:
        super().phone_entered()
        self.update_reception_info()

    def _check_refusal(self) -> None:
        super()._check_refusal()
        if hasattr(self, "reception_info"):
            self.update_reception_info()

    def _referrer_entered(self) -> None:
        text = self.referrer.text().strip()
        match = customer_match.by_phone(text) if text else None  # a confidential file: its number only
        self.referrer_id = match.customer_id if match else None
        if text and match is None:
            self.show_errors({"referrer": tr("No customer file has this phone. Type the referring customer's phone.")})
        elif match is not None:
            self.show_errors({})
            self.referrer.setToolTip(f"{match.shown_name} ({match.file_no})")
            self.reception_info.setText(self.reception_info.text() + "\n" + tr("Referred by {name} ({no}).").format(
                name=match.shown_name, no=match.file_no))

    def update_reception_info(self) -> None:
        """Say who this is and who will serve them."""
        if getattr(self, "_clearing", False):  # clear() says it once, at the end
            return
        if not self.sales.isChecked():
            self.recognition = None
            self.reception_info.setText(tr("Not a sales visit: no consultant is assigned.") if self.roster_active() else
                                        tr("No consultant has signed in today: visitors are registered without a consultant. Sign consultants in at the sales reception panel (F9)."))
            return
        try:
            rec = reception.identify(self.phone.text(), self.id_type.currentData() or "id_card", self.id_number.text(),
                                     self.customer_id)
        except Exception:  # noqa: BLE001 - half-typed input must not break the form
            rec = None
        self.recognition = rec
        if rec is None:
            return
        lines = []
        if rec.customer is None:
            lines.append(tr("New customer: first visit (a customer file is opened)."))
        else:
            st = rec.state
            known = customer_match.describe(rec.customer)  # a confidential file: its number only
            lines.append(tr("Known customer {name} ({no}): return visit.").format(name=known.shown_name, no=known.file_no))
            if st.owner is not None:
                lines.append(tr("Owner: {owner} · first visit {first} · last follow-up {last} · protected {days} more day(s)").format(
                    owner=st.owner.display_name, first=st.first_visit_at.strftime("%Y-%m-%d") if st.first_visit_at else "-",
                    last=st.last_follow_up_at.strftime("%Y-%m-%d") if st.last_follow_up_at else tr("none"),
                    days=st.days_left if st.days_left is not None else "-"))
            else:
                lines.append(tr("No owner (open pool): whoever serves them now becomes the owner."))
        chosen = self.consultant.currentData()
        if chosen not in (None, AUTO):
            name = self.consultant.currentText()
            if self.requested.isChecked():
                lines.append(tr("Goes to {name}, asked for by name ({name} gives up the next regular turn).").format(name=name))
            else:
                lines.append(tr("Goes to {name} (chosen at the desk).").format(name=name))
        elif rec.suggested is None and reception.queue_enabled() and not rotation.entries():
            lines.append(tr("No consultant has signed in today: sign them in at the sales reception panel (F9)."))
        elif rec.suggested is None:
            lines.append(tr("Nobody on duty is free: choose a consultant, or ask the customer to wait.")
                         if reception.queue_enabled() else tr("Choose the consultant who serves this visitor."))
        elif rec.reason == "owner":
            busy = rotation.is_busy(rec.suggested)
            lines.append(tr("Goes to the owner {name}.").format(name=rec.suggested.display_name)
                         + (" " + tr("(serving another visitor now)") if busy else ""))
        elif rec.reason == "stand_in":
            lines.append(tr("The owner is not on duty: {name} stands in (代接).").format(name=rec.suggested.display_name))
        else:
            lines.append(tr("Next in the queue: {name}.").format(name=rec.suggested.display_name))
        self.reception_info.setText("\n".join(lines))

    # --- data ----------------------------------------------------------------------------
    def reception_input(self) -> ReceptionInput | None:
        if not self.sales.isChecked():
            return None
        chosen = self.consultant.currentData()
        reg = self.agent_registered_at.dateTime().toPython() if self.source.currentData() == AGENT else None
        return ReceptionInput(consultant_id=None if chosen in (None, AUTO) else chosen,
                              requested=self.requested.isChecked(), source=self.source.currentData() or WALK_IN,
                              agent_name=self.agent_name.text(), agent_company=self.agent_company.text(),
                              agent_registered_at=reg.replace(second=0, microsecond=0) if reg else None,
                              referrer_id=self.referrer_id, media=self.media.currentText())

    def data(self) -> visitors.CheckIn:
        data = super().data()
        rec = self.reception_input()
        if rec is not None:
            data.extra["reception"] = rec
        return data

    def clear(self) -> None:
        self._clearing = True
        try:
            if hasattr(self, "sales"):
                self.sales.setChecked(self.roster_active())
                self.consultant.setCurrentIndex(0)
                self.requested.setChecked(False)
                self.source.setCurrentIndex(0)
                self.media.setCurrentIndex(0)
                self.referrer_id = None
            super().clear()
        finally:
            self._clearing = False
        if hasattr(self, "reception_info"):
            self.update_reception_info()


